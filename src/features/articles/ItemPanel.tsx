// What was read from this article, by kind. Choosing an entry shows its sentence in the text.
import { KIND_LABELS, type ArticleItem, type ItemKind } from './article-items.ts';

interface ItemPanelProps {
  items: readonly ArticleItem[];
  focusId: string | null;
  onSelect: (itemId: string) => void;
}

const KIND_ORDER: ItemKind[] = ['event', 'position', 'claim', 'quote', 'mention'];

export function ItemPanel({ items, focusId, onSelect }: ItemPanelProps) {
  if (items.length === 0) return <p className="text-sm text-gray-700">Nothing was extracted from this article.</p>;
  return (
    <nav aria-label="Items found in this article" className="flex flex-col gap-3 text-sm">
      {KIND_ORDER.map((kind) => {
        const ofKind = items.filter((item) => item.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-label={KIND_LABELS[kind]}>
            <h4 className="font-semibold">
              {KIND_LABELS[kind]} ({ofKind.length})
            </h4>
            <ul className="flex flex-col gap-1">
              {ofKind.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    aria-pressed={item.id === focusId}
                    onClick={() => onSelect(item.id)}
                    className={`w-full rounded px-2 py-1 text-left hover:bg-gray-100 ${
                      item.id === focusId ? 'bg-yellow-100 font-medium ring-1 ring-yellow-700' : ''
                    }`}
                  >
                    {item.label}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
