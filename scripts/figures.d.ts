// Types of scripts/figures.js, for the tests that read docs/figures.md.
export declare const FIGURES: string;
export declare function markers(script: string): { start: string; end: string };
export declare function isBench(script: string): boolean;
export declare function section(script: string, output: string, when?: Date): string;
export declare function readSections(text: string): Map<string, string>;
export declare function withSection(text: string, script: string, body: string): string;
export declare function runAndRecord(script: string, args: string[]): Promise<number>;
