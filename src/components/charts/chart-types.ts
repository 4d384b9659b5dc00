/** Any row object a chart is given; charts read only the fields named in their props. */
export type Row = object;

/** The keys of T whose values are of type V: lets a chart's props name fields type-safely. */
export type KeyOfType<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T] & string;
