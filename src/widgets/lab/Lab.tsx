import { EpochBudgetControl } from '../controls/EpochBudgetControl';
import { LearningRateControl } from '../controls/LearningRateControl';
import { ScalingToggle } from '../controls/ScalingToggle';
import { ColumnPickers } from '../data/ColumnPickers';
import { DataErrorAlert } from '../data/DataErrorAlert';
import { DataNotices } from '../data/DataNotices';
import { DataSetPicker } from '../data/DataSetPicker';
import { ImportProgressBar } from '../data/ImportProgressBar';
import { EpochScrubber } from './EpochScrubber';
import { FitWarning } from './FitWarning';
import { LossPlot } from './LossPlot';
import { ResetDefaultsButton } from './ResetDefaultsButton';
import { ResultsTable } from './ResultsTable';
import { ScatterPlot } from './ScatterPlot';
import { SessionNotice } from './SessionNotice';
import { StatusBanner } from './StatusBanner';
import { TransportControls } from './TransportControls';

/** The live workbench beside the lessons: controls, status, both plots and the results table. */
export function Lab() {
  return (
    <aside className="lab" id="lab" tabIndex={-1} aria-label="Lab: controls, plots and results">
      <SessionNotice />
      <DataErrorAlert />
      <ImportProgressBar />
      <div className="controls card">
        <div className="control-row">
          <DataSetPicker />
          <ColumnPickers />
          <ScalingToggle />
          <ResetDefaultsButton />
        </div>
        <div className="control-row sliders">
          <LearningRateControl />
          <EpochBudgetControl />
        </div>
        <TransportControls />
        <EpochScrubber />
      </div>
      <StatusBanner />
      <FitWarning />
      <DataNotices />
      <div className="plots">
        <div className="plot-cell">
          <ScatterPlot />
        </div>
        <div className="plot-cell">
          <LossPlot />
        </div>
      </div>
      <ResultsTable />
    </aside>
  );
}
