// Property test: arbitrary mixes of supported, odd and unsupported markup never make the reader throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import type { Block } from '../../../src/engine/ir.js';
import { docx, paragraphs, rel } from './make.js';

const runPieces = fc.constantFrom(
  '<w:t>chữ</w:t>',
  '<w:t xml:space="preserve"> a&#160;b </w:t>',
  '<w:tab/>',
  '<w:br/>',
  '<w:br w:type="page"/>',
  '<w:cr/>',
  '<w:fldChar w:fldCharType="begin"/>',
  '<w:instrText> PAGE </w:instrText>',
  '<w:fldChar w:fldCharType="separate"/>',
  '<w:fldChar w:fldCharType="end"/>',
  '<w:sym w:font="Wingdings" w:char="zz"/>',
  '<w:sym w:font="Symbol" w:char="F0B7"/>',
  '<w:noBreakHyphen/>',
  '<w:object/>',
  '<w:unknownThing/>',
  '<w:drawing><wp:inline><wp:extent cx="-5" cy="x"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rMissing"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>',
  '<w:drawing><wp:anchor behindDoc="1"><wp:positionH relativeFrom="insideMargin"/></wp:anchor></w:drawing>',
);
const rPr = fc.constantFrom(
  '',
  '<w:rPr><w:b/><w:sz w:val="-3"/></w:rPr>',
  '<w:rPr><w:rStyle w:val="Nope"/><w:rFonts w:asciiTheme="majorHAnsi"/></w:rPr>',
  '<w:rPr><w:vanish/></w:rPr>',
  '<w:rPr><w:color w:val="zzz"/><w:u/></w:rPr>',
);
const pPr = fc.constantFrom(
  '',
  '<w:pPr><w:pStyle w:val="Loop"/></w:pPr>',
  '<w:pPr><w:numPr><w:ilvl w:val="12"/><w:numId w:val="1"/></w:numPr></w:pPr>',
  '<w:pPr><w:numPr><w:numId w:val="77"/></w:numPr><w:ind w:hanging="abc"/></w:pPr>',
  '<w:pPr><w:spacing w:line="0" w:lineRule="exact"/><w:tabs><w:tab w:val="clear"/></w:tabs></w:pPr>',
  '<w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rNo"/><w:pgSz w:w="0" w:h="-1"/></w:sectPr></w:pPr>',
  '<w:pPr><w:sectPr><w:headerReference w:type="first" r:id="rH"/><w:titlePg/></w:sectPr></w:pPr>',
);
const run = fc.tuple(rPr, fc.array(runPieces, { maxLength: 5 })).map(([props, pieces]) => `<w:r>${props}${pieces.join('')}</w:r>`);
const inline = fc.oneof(
  run,
  run.map((r) => `<w:hyperlink>${r}</w:hyperlink>`),
  run.map((r) => `<w:sdt><w:sdtContent>${r}</w:sdtContent></w:sdt>`),
  fc.constant('<m:oMath/>'),
);
const paragraph = fc.tuple(pPr, fc.array(inline, { maxLength: 4 })).map(([props, content]) => `<w:p>${props}${content.join('')}</w:p>`);
const tcPr = fc.constantFrom(
  '',
  '<w:tcPr><w:gridSpan w:val="3"/></w:tcPr>',
  '<w:tcPr><w:vMerge/></w:tcPr>',
  '<w:tcPr><w:vMerge w:val="restart"/><w:tcBorders><w:top w:val="dotted"/></w:tcBorders></w:tcPr>',
);

const block: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? paragraph
    : fc.oneof(
        paragraph,
        fc
          .tuple(fc.array(fc.tuple(tcPr, fc.array(block(depth - 1), { maxLength: 2 })), { minLength: 0, maxLength: 3 }), fc.boolean())
          .map(
            ([cells, grid]) =>
              `<w:tbl><w:tblPr><w:tblStyle w:val="Loop"/></w:tblPr>${grid ? '<w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>' : ''}<w:tr>${cells.map(([props, blocks]) => `<w:tc>${props}${blocks.join('')}</w:tc>`).join('')}</w:tr></w:tbl>`,
          ),
      ),
);

const STYLES =
  '<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
  '<w:style w:type="table" w:styleId="Loop"><w:basedOn w:val="Other"/></w:style><w:style w:type="table" w:styleId="Other"><w:basedOn w:val="Loop"/></w:style>';
const NUMBERING =
  '<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="Loop"/><w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1.%9"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="-2"/></w:lvlOverride></w:num>';

const finite = (blocks: Block[]) =>
  paragraphs(blocks).every((p) =>
    [p.style.indentLeft, p.style.firstLine, p.style.spaceAfter, p.style.line.value, p.markStyle.size].every(Number.isFinite),
  );

describe('robustness', () => {
  it('reads any mix of markup without throwing; warnings name each element once', () => {
    fc.assert(
      fc.property(fc.array(block(3), { maxLength: 6 }), (blocks) => {
        const bytes = docx({ body: blocks.join(''), styles: STYLES, numbering: NUMBERING, rels: rel('rH', 'header', 'missing.xml') });
        const ir = readDocx(bytes);
        const names = ir.warnings.map((w) => w.element);
        expect(new Set(names).size).toBe(names.length);
        expect(ir.sections.length).toBeGreaterThan(0);
        expect(ir.sections.every((s) => finite(s.blocks) && Number.isFinite(s.page.width))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
