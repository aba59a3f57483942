import { useNotebook } from '../store/notebookStore';

/** The opening: what the notebook is for and how to use it. */
export function IntroSection() {
  const dataSet = useNotebook((state) => state.dataSet);
  return (
    <header className="intro">
      <h1>Downhill</h1>
      <p className="tagline">Linear regression and gradient descent, by hand and by machine.</p>
      <p>
        This notebook fits a straight line to real data in two ways: exactly, with a formula, and step by step, by
        repeatedly nudging the line in the direction that makes it less wrong. Every number in the lab (beside this text
        on a wide screen, above it on a narrow one) is computed live in your browser. Move the sliders, press Step, and
        watch what the maths does.
      </p>
      <p className="data-credit">
        Data on screen: <strong>{dataSet.title}</strong>, {dataSet.rowCount.toLocaleString('en')} rows. Source:{' '}
        {dataSet.source.replace(/\.$/, '')}.
      </p>
    </header>
  );
}
