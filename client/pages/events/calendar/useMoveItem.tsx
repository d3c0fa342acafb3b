import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { EventDropArg } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import { refusalReason } from '../checkin/deskFeedback';
import { formatDate } from '../../../i18n/formats';
import { localDay, shiftDay, shiftMoment, type Shift } from './calendarDates';
import type { CalendarEvent, CalendarTask, ItemProps } from './calendarItems';
import { UndoMoveAction } from './UndoMoveAction';

const NONE: Shift = { years: 0, months: 0, days: 0, milliseconds: 0 };

/**
 * A drag or resize sent to the server, which decides: a finished or cancelled event keeps its dates, a checked
 * task its due day. Refused → the item jumps back and the server's reason is shown; accepted → "已改期" with an
 * undo that moves it back. The new times are the old ones shifted by the drag, so a bar that stands for a
 * several-day event keeps its hours.
 */
export function useMoveItem(locale: string) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const queryClient = useQueryClient();

  const reload = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: ['events'] });
    void queryClient.invalidateQueries({ queryKey: ['event_tasks'] });
  }, [queryClient]);

  const send = useCallback(
    async (props: ItemProps, startShift: Shift, endShift: Shift): Promise<() => Promise<unknown>> => {
      if (props.kind === 'event') {
        const before: CalendarEvent = props.record;
        const data = {
          start_at: shiftMoment(before.start_at, startShift).toISOString(),
          end_at: shiftMoment(before.end_at, endShift).toISOString(),
          version: before.version,
        };
        const { data: after } = await dataProvider.update<CalendarEvent>('events', { id: before.id, data, previousData: before });
        return () => dataProvider.update('events', {
          id: before.id, data: { start_at: before.start_at, end_at: before.end_at, version: after.version }, previousData: after,
        });
      }
      const before: CalendarTask = props.record;
      if (!before.due_date) throw new Error('a task without a due day is not on the calendar');
      const data = { due_date: shiftDay(before.due_date, startShift), version: before.version };
      const { data: after } = await dataProvider.update<CalendarTask>('event_tasks', { id: before.id, data, previousData: before });
      return () => dataProvider.update('event_tasks', {
        id: before.id, data: { due_date: before.due_date, version: after.version }, previousData: after,
      });
    },
    [dataProvider],
  );

  const move = useCallback(
    async (info: EventDropArg | EventResizeDoneArg) => {
      const props = info.event.extendedProps as ItemProps;
      const [startShift, endShift] = 'delta' in info ? [info.delta, info.delta] : [info.startDelta ?? NONE, info.endDelta];
      try {
        const undo = await send(props, startShift, endShift);
        const message = props.kind === 'event' ? 'crm.calendar.moved' : 'crm.calendar.task_moved';
        const day = info.event.start ? formatDate(localDay(info.event.start), locale) : '';
        notify(message, {
          type: 'success',
          messageArgs: { title: info.event.title, day },
          autoHideDuration: 8000,
          action: (
            <UndoMoveAction
              onUndo={() => {
                undo().then(
                  () => notify('crm.calendar.undone', { type: 'info' }),
                  (error: unknown) => notify('crm.calendar.move_refused', { type: 'error', messageArgs: { reason: refusalReason(error) } }),
                ).finally(reload);
              }}
            />
          ),
        });
      } catch (error) {
        info.revert();
        notify('crm.calendar.move_refused', { type: 'error', messageArgs: { reason: refusalReason(error) || translate('ra.notification.http_error') } });
      }
      reload();
    },
    [send, notify, translate, reload, locale],
  );

  return move;
}

