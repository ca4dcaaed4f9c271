import type { Rule } from '../src/engine/rule.js';
import configRef from './config-ref.js';
import configmapData from './configmap-data.js';
import credentialsInConfigmap from './credentials-in-configmap.js';
import cronjobSchedule from './cronjob-schedule.js';
import cronjobStructure from './cronjob-structure.js';
import duplicateResource from './duplicate-resource.js';
import envName from './env-name.js';
import envValueFrom from './env-value-from.js';
import envVarRef from './env-var-ref.js';
import imageTag from './image-tag.js';
import jobRestartPolicy from './job-restart-policy.js';
import portRange from './port-range.js';
import pvcAccessMode from './pvc-access-mode.js';
import quantityFormat from './quantity-format.js';
import secretData from './secret-data.js';
import selectorLabels from './selector-labels.js';
import serviceAccountToken from './service-account-token.js';
import serviceSelector from './service-selector.js';
import statefulsetService from './statefulset-service.js';
import volumeMountRef from './volume-mount-ref.js';
import volumeUnused from './volume-unused.js';

/** Every rule, in id order. `npm run new-rule ID` adds an entry here. */
export const rules: readonly Rule[] = [
  configRef,
  configmapData,
  credentialsInConfigmap,
  cronjobSchedule,
  cronjobStructure,
  duplicateResource,
  envName,
  envValueFrom,
  envVarRef,
  imageTag,
  jobRestartPolicy,
  portRange,
  pvcAccessMode,
  quantityFormat,
  secretData,
  selectorLabels,
  serviceAccountToken,
  serviceSelector,
  statefulsetService,
  volumeMountRef,
  volumeUnused,
];
