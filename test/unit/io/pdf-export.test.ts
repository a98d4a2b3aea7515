import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { defaultPrintOptions } from '../../../src/domain/print-options';
import { samplePlan } from '../../../src/domain/sample-plan';
import { createDocument, FONT } from '../../../src/io/pdf/draw-pdf';
import { exportPlanPdf } from '../../../src/io/pdf/export-pdf';
import { subsetPdfFont } from '../../../vite.config';

// The fonts as the build cuts them down, so the tests export with what the app ships.
const require = createRequire(import.meta.url);
const font = async (file: string) =>
  Buffer.from(
    await subsetPdfFont(require.resolve(`@expo-google-fonts/noto-sans/${file}`)),
  ).toString('base64');
const loaded = Promise.all([
  font('400Regular/NotoSans_400Regular.ttf'),
  font('700Bold/NotoSans_700Bold.ttf'),
]).then(([regular, bold]) => ({ regular, bold }));
const fonts = () => loaded;

const exportedAt = new Date('2026-11-24T10:00:00Z');

describe('exporting a PDF', () => {
  it('gives the same bytes for the same plan, options and export time', async () => {
    const plan = samplePlan();
    const options = { ...defaultPrintOptions(), exportedAt };
    const first = await exportPlanPdf(plan, options, undefined, fonts);
    const second = await exportPlanPdf(plan, options, undefined, fonts);
    const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
    expect(await bytes(second.blob)).toEqual(await bytes(first.blob));
    expect(first.fileName).toBe('Bronze plan 2026-27 2026-11-24.pdf');
  });

  it('replaces characters unsafe in file names', async () => {
    const plan = { ...samplePlan(), name: 'Plan: 2026/27 "draft" <v2>?' };
    const pdf = await exportPlanPdf(
      plan,
      { ...defaultPrintOptions(), exportedAt },
      undefined,
      fonts,
    );
    expect(pdf.fileName).toBe('Plan- 2026-27 -draft- -v2-- 2026-11-24.pdf');
  });

  it('keeps a glyph for every letter of the names a school writes, in both weights', async () => {
    const doc = createDocument({ width: 210, height: 297 }, await fonts());
    const names =
      'Zoë Łukasz Siân Nguyễn Dvořák Şükrü Ștefan Ørsted Ẁyn Αλέξανδρος Дмитрий Əli ' +
      '“quoted” ‘single’ – — … · £ € ½';
    for (const style of ['normal', 'bold']) {
      doc.setFont(FONT, style);
      // jsPDF's parse of the embedded font: code point to glyph, 0 for none.
      const glyphs: Record<number, number> = doc.getFont().metadata.cmap.unicode.codeMap;
      const missing = [...names].filter((c) => c !== ' ' && !glyphs[c.codePointAt(0) ?? 0]);
      expect(missing, style).toEqual([]);
    }
  });
});
