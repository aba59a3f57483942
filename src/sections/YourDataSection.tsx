import { BUILT_IN_DATA_SETS } from '../data/builtInDataSets';
import { loadBuiltIn } from '../store/loadData';
import { useNotebook } from '../store/notebookStore';
import { ControlGate } from '../widgets/classroom/ControlGate';
import { DataPreview } from '../widgets/data/DataPreview';
import { DataUpload } from '../widgets/data/DataUpload';
import { type LessonProps, Section } from './Section';

/** Lesson: any data will do. Built-in sets, your own file or pasted text, and a preview. */
export function YourDataSection({ heading }: LessonProps) {
  const origin = useNotebook((state) => state.dataSet.origin);
  return (
    <Section heading={heading}>
      <p>
        Everything above works on any pair of numeric columns. Load one of the data sets below, or your own CSV file: it
        is read in your browser and never leaves your computer. Then pick the feature and the response at the top of the
        lab. Rows with a blank or non-numeric value in either column are left out of the fit, and the lab lists them.
        Cells holding Infinity, NaN or numbers beyond about ±1.8×10³⁰⁸ usually mean an export went wrong, so such a file
        is refused with the cells named, for you to fix.
      </p>
      <ul className="built-in-list">
        {BUILT_IN_DATA_SETS.map((entry) => {
          const current = origin.kind === 'built-in' && origin.id === entry.id;
          return (
            <li key={entry.id} className={current ? 'current' : undefined}>
              <div>
                <strong>{entry.title}</strong> <span className="note">({entry.rowCount} rows)</span>
                <p>{entry.description}</p>
                <p className="note">
                  Source: {entry.source} Licence: {entry.licence}
                </p>
              </div>
              <button
                type="button"
                data-testid={`load-${entry.id}`}
                disabled={current}
                onClick={() => void loadBuiltIn(entry.id)}
              >
                {current ? 'On screen' : 'Load'}
              </button>
            </li>
          );
        })}
      </ul>
      <ControlGate control="data">
        <DataUpload />
      </ControlGate>
      <DataPreview />
    </Section>
  );
}
