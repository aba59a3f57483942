import { formatNumber } from '../format/formatNumber';
import { useNotebook } from '../store/notebookStore';
import { MethodsComparedTable } from '../widgets/methods/MethodsComparedTable';
import { PUBLISHED_RESULTS } from './publishedResults';
import { type LessonProps, Section } from './Section';

/** Lesson: standard libraries compute the same line; nothing magic happens inside them. */
export function LibrariesSection({ heading }: LessonProps) {
  const onLesson = useNotebook(
    (state) =>
      state.dataSet.origin.kind === 'built-in' &&
      state.dataSet.origin.id === 'advertising' &&
      state.featureName === 'TV' &&
      state.responseName === 'Sales' &&
      state.scaling,
  );
  return (
    <Section heading={heading}>
      <p>
        Statistics and machine-learning libraries wrap exactly these two methods. Fitted to the scaled TV → Sales data,
        they report the numbers below. The exact solvers agree with this notebook to the last digit or two; the
        iterative ones land within about a millionth, as gradient descent here does. PyTorch's small gap comes from
        computing in 32-bit floats.
      </p>
      <p>
        The same comparison runs live on whatever data is on screen: the closed form (one feature), least squares by QR,
        the textbook normal equations (which square the design&apos;s condition number and so lose digits against QR),
        and five kinds of gradient descent at the lab&apos;s learning rate and epoch budget, each timed in this browser.
      </p>
      <MethodsComparedTable />
      <div className="published-wrap">
        <table className="published" aria-label="Published results for scaled Advertising, TV → Sales">
          <caption>Published results for scaled Advertising, TV → Sales (from the lesson&apos;s sources)</caption>
          <thead>
            <tr>
              <th scope="col">method</th>
              <th scope="col">intercept</th>
              <th scope="col">slope</th>
            </tr>
          </thead>
          <tbody>
            {PUBLISHED_RESULTS.map((row) => (
              <tr key={row.method}>
                <th scope="row">{row.method}</th>
                <td className="number">{row.intercept}</td>
                <td className="number">{row.slope}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">
        {onLesson
          ? `Compare with the results table: set the learning rate to 0.1 and the epochs to 1000 to see this notebook's own gradient-descent numbers.`
          : `These figures are for scaled Advertising, TV → Sales; switch back to that set-up to compare (slope ${formatNumber(0.5534088415765329, 6)}).`}
      </p>
    </Section>
  );
}
