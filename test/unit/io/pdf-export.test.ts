import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { defaultPrintOptions } from '../../../src/domain/print-options';
import { samplePlan } from '../../../src/domain/sample-plan';
import { exportPlanPdf } from '../../../src/io/pdf/export-pdf';

const require = createRequire(import.meta.url);
const font = (file: string) =>
  readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${file}`)).toString('base64');
const fonts = async () => ({
  regular: font('400Regular/NotoSans_400Regular.ttf'),
  bold: font('700Bold/NotoSans_700Bold.ttf'),
});

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
});
