import { ColumnPickers } from './ColumnPickers';
import { DataErrorAlert } from './DataErrorAlert';
import { DataNotices } from './DataNotices';
import { DataSetPicker } from './DataSetPicker';
import { ImportProgressBar } from './ImportProgressBar';
import { EpochBudgetControl } from './EpochBudgetControl';
import { EpochScrubber } from './EpochScrubber';
import { LearningRateControl } from './LearningRateControl';
import { LossPlot } from './LossPlot';
import { ResultsTable } from './ResultsTable';
import { ResetDefaultsButton } from './ResetDefaultsButton';
import { ScalingToggle } from './ScalingToggle';
import { SessionNotice } from './SessionNotice';
import { ScatterPlot } from './ScatterPlot';
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
      <DataNotices />
      <div className="plots">
        <div className="plot-cell"><ScatterPlot /></div>
        <div className="plot-cell"><LossPlot /></div>
      </div>
      <ResultsTable />
    </aside>
  );
}
