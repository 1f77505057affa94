import type { RefObject } from 'react';
import { Button } from './button';
import { pngBlob, stackSvgs, svgBlob } from './chart-export';
import type { ChartParts } from './chart-plot';
import { datedFileName, downloadBlob } from './download-file';
import { errorText } from './error-text';
import { useToast } from './toast-context';

interface ExportMenuProps {
  /** What is exported, in words: names the files ("naming table" → framelens-naming-table-…). */
  what: string;
  /** The table's rows as a CSV file. */
  csv: () => Blob;
  /** The drawn chart, when there is one: adds PNG and SVG. */
  chart?: RefObject<ChartParts>;
}

const smallButton = 'px-2 py-0.5 text-xs';

/** Download buttons for a table (CSV) and its chart (PNG, SVG). */
export function ExportMenu({ what, csv, chart }: ExportMenuProps) {
  const toast = useToast();
  const chartSvg = () => {
    const svg = stackSvgs(chart?.current ?? []);
    if (!svg) throw new Error('The chart is not drawn yet.');
    return svg;
  };
  const run = async (extension: string, make: () => Blob | Promise<Blob>) => {
    try {
      downloadBlob(await make(), datedFileName(what, extension));
    } catch (error) {
      toast.show({
        tone: 'error',
        message: `Could not export the ${what}: ${errorText(error)}`,
      });
    }
  };
  return (
    <div
      role="group"
      aria-label={`Download the ${what}`}
      className="flex items-center gap-1 print:hidden"
    >
      <span aria-hidden="true" className="text-xs text-slate-500">
        Download
      </span>
      <Button
        className={smallButton}
        aria-label={`Download the ${what} as CSV`}
        onClick={() => run('csv', csv)}
      >
        CSV
      </Button>
      {chart && (
        <>
          <Button
            className={smallButton}
            aria-label={`Download the ${what} chart as PNG`}
            onClick={() => run('png', () => pngBlob(chartSvg()))}
          >
            PNG
          </Button>
          <Button
            className={smallButton}
            aria-label={`Download the ${what} chart as SVG`}
            onClick={() => run('svg', () => svgBlob(chartSvg()))}
          >
            SVG
          </Button>
        </>
      )}
    </div>
  );
}
