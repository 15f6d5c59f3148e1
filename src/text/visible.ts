// Printing text from data or file names to a terminal without letting it send control sequences.

/**
 * Text for a terminal with every control character shown, never sent: C0 controls as their Control
 * Pictures (ESC as ␛), DEL as ␡, C1 controls as U+FFFD. One character for one, so that a code frame's
 * carets stay under the column; an escape sequence in data or in a file name cannot move the cursor,
 * recolour or retitle the terminal.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}
