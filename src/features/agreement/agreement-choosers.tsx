import type { OutletMask } from '../../domain/classroom/outlet-mask';
import type { AgreementSelection } from '../../domain/agreement/agreement-types';
import type { AgreementResult } from '../../workers/agreement/agreement-protocol';
import { ChoiceButton, ChoiceList, type ChoiceOption } from '../../ui/choice-list';
import { maskedArticle } from './report-names';
import { plural } from './agreement-format';

interface AgreementChoosersProps {
  result: AgreementResult;
  mask: OutletMask;
  selection: AgreementSelection;
  onChange: (selection: AgreementSelection) => void;
}

function annotatorOptions(result: AgreementResult): ChoiceOption[] {
  return result.catalog.annotators.map((annotator) => ({
    id: annotator.id,
    name: annotator.name,
    hint: `${annotator.gold ? 'gold set · ' : ''}${plural(annotator.articles, 'article')}`,
  }));
}

function articleOptions(result: AgreementResult, mask: OutletMask): ChoiceOption[] {
  return result.catalog.articles.map((article) => {
    const { title, outlet } = maskedArticle(article, mask);
    return { id: article.id, name: title, hint: `${outlet} · ${plural(article.coders, 'coder')}` };
  });
}

/** Whose annotations on which articles: the report's choice until the person makes their own. */
export function AgreementChoosers({ result, mask, selection, onChange }: AgreementChoosersProps) {
  const annotators = annotatorOptions(result);
  const articles = articleOptions(result, mask);
  return (
    <div className="flex flex-col gap-4">
      <ChoiceList
        legend="Annotators"
        options={annotators}
        choice={selection.annotatorIds}
        byDefault={result.report.annotators.map((annotator) => annotator.id)}
        onChange={(annotatorIds) => onChange({ ...selection, annotatorIds })}
      >
        <ChoiceButton
          onClick={() =>
            onChange({ ...selection, annotatorIds: annotators.map((option) => option.id) })
          }
        >
          Choose every annotator
        </ChoiceButton>
        {selection.annotatorIds !== null && (
          <ChoiceButton onClick={() => onChange({ ...selection, annotatorIds: null })}>
            Everyone who coded (default)
          </ChoiceButton>
        )}
      </ChoiceList>
      <ChoiceList
        legend="Articles"
        options={articles}
        choice={selection.articleIds}
        byDefault={result.report.articles.map((article) => article.id)}
        onChange={(articleIds) => onChange({ ...selection, articleIds })}
      >
        <ChoiceButton
          onClick={() =>
            onChange({ ...selection, articleIds: articles.map((option) => option.id) })
          }
        >
          Choose every article
        </ChoiceButton>
      </ChoiceList>
    </div>
  );
}
