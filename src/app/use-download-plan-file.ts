import { planFileJson, planFileName } from '../io/plan-file';
import { usePlanStoreApi } from '../store/store-context';
import { download } from './download';

/** Downloads the open plan as a plan file, which any Termboard imports whole. */
export function useDownloadPlanFile() {
  const store = usePlanStoreApi();
  return () => {
    const plan = store.getState().plan;
    download(planFileName(plan, new Date(), 'json'), 'application/json', planFileJson(plan));
  };
}
