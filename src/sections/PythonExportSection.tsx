import { PythonExportPanel } from '../widgets/lessons/PythonExportPanel';
import { type LessonProps, Section } from './Section';

/** Lesson: take what is on screen to Python, as a notebook or a script that prints the same numbers. */
export function PythonExportSection({ heading }: LessonProps) {
  return (
    <Section heading={heading}>
      <p>
        Everything on this page fits in a few dozen lines of numpy. The buttons below write them out for the data and
        settings on screen: the rows, the scaling, the least-squares line and the very run of gradient descent in the
        lab, with its learning rate, epochs, start, flavour and seed. The notebook follows these lessons cell by cell.
      </p>
      <p>
        Its last cell prints each number of the results table as <code>name = value</code>. Run it and compare: they are
        the same doubles to the last digit, because the code adds and multiplies in the same order as this page.
        Optional cells repeat the fit with scikit-learn and statsmodels when they are installed.
      </p>
      <p>
        With several features, powers or no intercept ticked, the export writes the weight-vector model instead: the
        page&apos;s term columns, its scaling, and the same run from zero, whose intercept and weights print as the same
        doubles. Least squares there comes from numpy&apos;s <code>lstsq</code>, which rounds differently from the
        page&apos;s QR: the notebook says how closely the two agree.
      </p>
      <PythonExportPanel />
    </Section>
  );
}
