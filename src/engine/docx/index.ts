// The WordprocessingML reader: .docx bytes → layout IR.
export { readDocx, type ReadDocxOptions } from './read.js';
