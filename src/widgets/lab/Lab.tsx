import { selectIsManyFeatureModel } from '../../store/activeRun';
import { useNotebook } from '../../store/notebookStore';
import { ControlGate } from '../classroom/ControlGate';
import { LinkNotice } from '../classroom/LinkNotice';
import { PresentationToggle } from '../classroom/PresentationToggle';
import { SharePanel } from '../classroom/SharePanel';
import { EpochBudgetControl } from '../controls/EpochBudgetControl';
import { LearningRateControl } from '../controls/LearningRateControl';
import { ScalingToggle } from '../controls/ScalingToggle';
import { ColumnPickers } from '../data/ColumnPickers';
import { DataErrorAlert } from '../data/DataErrorAlert';
import { DataNotices } from '../data/DataNotices';
import { DataSetPicker } from '../data/DataSetPicker';
import { ImportProgressBar } from '../data/ImportProgressBar';
import { HeldOutErrors } from '../evaluation/HeldOutErrors';
import { SplitControls } from '../evaluation/SplitControls';
import { CoefficientPlot } from '../manyFeatures/CoefficientPlot';
import { FeatureChoices } from '../manyFeatures/FeatureChoices';
import { CoefficientPlotText, PredictedActualPlotText } from '../manyFeatures/ManyFeaturePlotTexts';
import { PredictedActualPlot } from '../manyFeatures/PredictedActualPlot';
import { WeightsTable } from '../manyFeatures/WeightsTable';
import { EpochScrubber } from './EpochScrubber';
import { FitWarning } from './FitWarning';
import { LossPlot } from './LossPlot';
import { LossPlotText, ScatterPlotText } from './PlotTexts';
import { ResetDefaultsButton } from './ResetDefaultsButton';
import { ResultsTable } from './ResultsTable';
import { ScatterPlot } from './ScatterPlot';
import { SessionNotice } from './SessionNotice';
import { StatusBanner } from './StatusBanner';
import { TransportControls } from './TransportControls';

/** The live workbench beside the lessons: controls, status, both plots and the results table. */
export function Lab() {
  const manyFeatures = useNotebook(selectIsManyFeatureModel);
  return (
    <aside className="lab" id="lab" tabIndex={-1} aria-label="Lab: controls, plots and results">
      <div className="lab-toolbar">
        <SharePanel />
        <PresentationToggle />
      </div>
      <LinkNotice />
      <SessionNotice />
      <DataErrorAlert />
      <ImportProgressBar />
      <div className="controls card">
        <div className="control-row">
          <ControlGate control="data">
            <DataSetPicker />
            <ColumnPickers />
            <FeatureChoices />
            <SplitControls />
          </ControlGate>
          <ControlGate control="scaling">
            <ScalingToggle />
          </ControlGate>
          <ResetDefaultsButton />
        </div>
        <div className="control-row sliders">
          <ControlGate control="learning-rate">
            <LearningRateControl />
          </ControlGate>
          <ControlGate control="epochs">
            <EpochBudgetControl />
          </ControlGate>
        </div>
        <TransportControls />
        <EpochScrubber />
      </div>
      <StatusBanner />
      <FitWarning />
      <DataNotices />
      <div className="plots">
        <div className="plot-column">
          <div className="plot-cell">{manyFeatures ? <PredictedActualPlot /> : <ScatterPlot />}</div>
          {manyFeatures ? <PredictedActualPlotText /> : <ScatterPlotText />}
        </div>
        <div className="plot-column">
          <div className="plot-cell">
            <LossPlot />
          </div>
          <LossPlotText />
        </div>
      </div>
      {manyFeatures && (
        <>
          <div className="plot-cell coefficient-cell">
            <CoefficientPlot />
          </div>
          <CoefficientPlotText />
        </>
      )}
      {manyFeatures ? <WeightsTable /> : <ResultsTable />}
      <HeldOutErrors />
    </aside>
  );
}
