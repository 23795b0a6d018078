export const ROOT: string;
export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}
export function folderOf(file: string): string;
export function sourceImports(): ImportEdge[];
export function folderEdges(edges?: ImportEdge[]): Map<string, string[]>;
