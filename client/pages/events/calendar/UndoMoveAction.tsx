import { NotificationAction } from '../../../layout/NotificationAction';

/** The "Undo" of a move's notification: the caller puts the item back where it was. */
export function UndoMoveAction({ onUndo }: { onUndo: () => void }) {
  return <NotificationAction label="crm.calendar.undo" onClick={onUndo} />;
}
