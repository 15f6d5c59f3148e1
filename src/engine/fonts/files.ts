// The font files a font source may use, listed without loading any font (cheap: for build caches).
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const STYLE_DIRS = ['400Regular', '700Bold', '400Regular_Italic', '700Bold_Italic'] as const;

/** The bundled Tinos and Arimo files, then the .ttf/.otf files of the given folders, sorted. */
export function fontFiles(fontDirs: readonly string[]): string[] {
  const require = createRequire(import.meta.url);
  const files: string[] = [];
  for (const name of ['Tinos', 'Arimo'] as const) {
    for (const dir of STYLE_DIRS) files.push(require.resolve(`@expo-google-fonts/${name.toLowerCase()}/${dir}/${name}_${dir}.ttf`));
  }
  for (const d of fontDirs) {
    try {
      for (const f of readdirSync(d)) if (/\.(ttf|otf)$/i.test(f)) files.push(join(d, f));
    } catch {
      // A folder that cannot be read has no fonts to depend on.
    }
  }
  return files.sort();
}
