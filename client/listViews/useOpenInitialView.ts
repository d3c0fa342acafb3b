import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import type { ListViewSetup } from './ListViewContext';
import { initialView } from './pickView';
import type { ListView } from './viewConfig';

/**
 * Once the views have loaded, opens the list as the user left it here, or in the role's default view when nothing
 * was chosen on this device (a first visit, another computer) or the chosen view is gone; a view someone has saved
 * since it was opened here is opened again as saved. A link that brings its own filter or sort keeps them.
 */
export function useOpenInitialView(setup: ListViewSetup, views: readonly ListView[], isPending: boolean, role: string | undefined, apply: (view: ListView | null, keepQuery?: boolean) => void): void {
  const done = useRef(false);
  const { search } = useLocation();
  const { choice, setChoice } = setup;
  useEffect(() => {
    if (done.current || isPending || !role) return;
    done.current = true;
    if (choice?.id === null) return;
    const target = initialView(views, choice, role);
    if (!target) {
      if (choice) setChoice(undefined);
      return;
    }
    if (choice?.id === target.id && choice.version === target.version) return;
    apply(target, /[?&](filter|sort)=/.test(search));
  }, [isPending, role, views, choice, setChoice, apply, search]);
}
