import type { DiscoverySelection } from '../../domain/discovery/discovery-selection';
import type { DiscoveryCatalog } from '../../workers/discovery/discovery-protocol';
import { ChoiceButton, ChoiceList } from '../../ui/choice-list';

interface DiscoveryChoosersProps {
  /** Outlet names and titles as shown (masked when outlet-blind). */
  catalog: DiscoveryCatalog;
  selection: DiscoverySelection;
  onChange: (selection: DiscoverySelection) => void;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Which outlets and articles discovery reads: all by default. */
export function DiscoveryChoosers({ catalog, selection, onChange }: DiscoveryChoosersProps) {
  const names = new Map(catalog.outlets.map((outlet) => [outlet.id, outlet.name]));
  const outlets = selection.outletIds;
  const articles = catalog.articles.filter(
    (article) => outlets === null || outlets.includes(article.outletId),
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <ChoiceList
        legend="Outlets"
        options={catalog.outlets.map((outlet) => ({
          id: outlet.id,
          name: outlet.name,
          hint: plural(outlet.articles, 'article'),
        }))}
        choice={selection.outletIds}
        byDefault={catalog.outlets.map((outlet) => outlet.id)}
        marksDefault={false}
        onChange={(outletIds) => onChange({ ...selection, outletIds })}
      >
        {selection.outletIds !== null && (
          <ChoiceButton onClick={() => onChange({ ...selection, outletIds: null })}>
            Choose all
          </ChoiceButton>
        )}
      </ChoiceList>
      <ChoiceList
        legend="Articles"
        options={articles.map((article) => ({
          id: article.id,
          name: article.title || 'Untitled',
          hint: names.get(article.outletId) ?? '',
        }))}
        choice={selection.articleIds}
        byDefault={articles.map((article) => article.id)}
        marksDefault={false}
        onChange={(articleIds) => onChange({ ...selection, articleIds })}
      >
        {selection.articleIds !== null && (
          <ChoiceButton onClick={() => onChange({ ...selection, articleIds: null })}>
            Choose all
          </ChoiceButton>
        )}
      </ChoiceList>
    </div>
  );
}
