// The curated layer: schema of seeds/annotations.json and how it is applied.
export { applyAnnotations, type AnnotatedArticle, type AnnotationResult } from './apply.ts';
export { ANNOTATIONS_FILE, AnnotationFile, type Annotation } from './schema.ts';
