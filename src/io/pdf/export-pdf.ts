import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?pdf-subset';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?pdf-subset';
import type { Plan } from '../../domain/plan';
import { planFileName } from '../plan-file';
import { createDocument, drawPage, measureWith, type PdfFonts } from './draw-pdf';
import { layoutPlanPdf } from './layout';
import type { PdfOptions } from './pdf-context';
import { pageSize } from './pdf-page';

let fonts: Promise<PdfFonts> | null = null;

async function fontFile(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The fonts, fetched once per session: the second export starts warm. */
export function loadFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([fontFile(regularUrl), fontFile(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  fonts.catch(() => (fonts = null));
  return fonts;
}

/** A stable file id, so the same plan and options give the same bytes. */
function fileId(text: string): string {
  let hash = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 4; round++) {
    for (const char of `${round}${text}`) {
      hash ^= char.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    out += hash.toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface PdfExport {
  blob: Blob;
  fileName: string;
  pageCount: number;
}

/** The printed plan as a PDF file, made a few pages at a time; says how far it has got. */
export async function exportPlanPdf(
  plan: Plan,
  options: PdfOptions,
  progress: (message: string) => void = () => {},
  fonts: () => Promise<PdfFonts> = loadFonts,
): Promise<PdfExport> {
  progress('Loading the font…');
  const loaded = await fonts();
  const doc = createDocument(pageSize(options), loaded);
  progress('Laying out the pages…');
  await yieldToBrowser();
  const pages = layoutPlanPdf(plan, options, measureWith(doc));
  let lastTurn = performance.now();
  for (const [i, page] of pages.entries()) {
    drawPage(doc, page, i);
    // The browser gets a turn every few pages, often enough to keep the board answering and to
    // show progress, not so often that the export waits on frames.
    if (performance.now() - lastTurn > 50) {
      progress(`Drawing page ${i + 1} of ${pages.length}…`);
      await yieldToBrowser();
      lastTurn = performance.now();
    }
  }
  doc.setProperties({
    title: `${plan.name} — year plan`,
    subject: `Improvement plan for ${plan.organisation || 'the school'}`,
    author: plan.organisation,
    creator: 'Termboard',
  });
  doc.setCreationDate(options.exportedAt);
  doc.setFileId(fileId(`${plan.id}|${options.exportedAt.toISOString()}`));
  return {
    blob: doc.output('blob'),
    fileName: planFileName(plan, options.exportedAt, 'pdf'),
    pageCount: pages.length,
  };
}
