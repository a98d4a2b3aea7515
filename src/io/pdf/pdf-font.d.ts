/** The URL of a font cut down for the PDF when the app is built (`pdfFontSubset`, vite.config.ts). */
declare module '*.ttf?pdf-subset' {
  const url: string;
  export default url;
}

declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    noHinting?: boolean;
    noLayoutClosure?: boolean;
    keepFeatures?: string[];
    dropTables?: string[];
  }
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetOptions,
  ): Promise<Uint8Array>;
}
