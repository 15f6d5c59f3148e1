// Names of the Word documents and their templates (no rendering code here: cheap to import).

/** Word documents by template name; the bulletin has its own renderers. */
export const DOCX_DOCUMENTS = { minutes: 'bien-ban', pledge: 'giao-uoc' } as const;
