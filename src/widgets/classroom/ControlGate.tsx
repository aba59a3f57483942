import type { ReactNode } from 'react';
import type { ClassroomControl } from '../../model/settings';
import { controlAccess } from '../../store/classroomSlice';
import { useNotebook } from '../../store/notebookStore';

/**
 * Shows a lab control as an instructor's link chose: as usual, locked (visible, every input
 * disabled, with a note), or not at all.
 */
export function ControlGate({ control, children }: { control: ClassroomControl; children: ReactNode }) {
  const access = useNotebook((state) => controlAccess(state, control));
  if (access === 'hidden') return null;
  if (access === 'open') return <>{children}</>;
  return (
    <fieldset className="locked-control" disabled data-testid={`locked-${control}`}>
      <legend className="locked-note">Set by your instructor</legend>
      {children}
    </fieldset>
  );
}
