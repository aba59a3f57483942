import { useEffect, useState } from 'react';
import { preloadTraceTypes } from '../plots/traceModules';
import { importFile } from '../store/loadData';

/**
 * Lets a file be dropped anywhere on the page. Returns whether a file is being dragged over
 * the page, to show where it will go. Dropping text or anything but a file does nothing.
 */
export function useFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const enter = (event: DragEvent) => {
      if (carriesFiles(event)) {
        depth++;
        setDragging(true);
      }
    };
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const leave = (event: DragEvent) => {
      if (carriesFiles(event) && --depth <= 0) {
        depth = 0;
        setDragging(false);
      }
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      // a large file's scatter plot draws its density layer as a heatmap: loaded while the file is read
      void preloadTraceTypes(['heatmap']);
      void importFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}
