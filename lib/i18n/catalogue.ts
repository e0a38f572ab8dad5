// The message catalogues, one file per feature namespace (lib/i18n/messages/<locale>/<namespace>.json).
// core.json holds several namespaces; every other file is the namespace its name says.
import enAdminImport from "./messages/en/adminImport.json";
import enAdminOrg from "./messages/en/adminOrg.json";
import enAdminPeople from "./messages/en/adminPeople.json";
import enAdminRules from "./messages/en/adminRules.json";
import enCore from "./messages/en/core.json";
import enFiling from "./messages/en/filing.json";
import enPortal from "./messages/en/portal.json";
import enTracking from "./messages/en/tracking.json";
import enWorkflow from "./messages/en/workflow.json";
import enScorecards from "./messages/en/scorecards.json";
import enAppraisal from "./messages/en/appraisal.json";
import enPetitions from "./messages/en/petitions.json";
import enIntegrity from "./messages/en/integrity.json";
import enCards from "./messages/en/cards.json";
import enNotices from "./messages/en/notices.json";
import enForms from "./messages/en/forms.json";
import enNextSteps from "./messages/en/nextSteps.json";
import enTransparencyMonth from "./messages/en/transparencyMonth.json";
import enAccountability from "./messages/en/accountability.json";
import enRectifications from "./messages/en/rectifications.json";
import enOpenData from "./messages/en/openData.json";
import enOpen311 from "./messages/en/open311.json";
import enHotline from "./messages/en/hotline.json";
import zhAdminImport from "./messages/zh-CN/adminImport.json";
import zhAdminOrg from "./messages/zh-CN/adminOrg.json";
import zhAdminPeople from "./messages/zh-CN/adminPeople.json";
import zhAdminRules from "./messages/zh-CN/adminRules.json";
import zhCore from "./messages/zh-CN/core.json";
import zhFiling from "./messages/zh-CN/filing.json";
import zhPortal from "./messages/zh-CN/portal.json";
import zhTracking from "./messages/zh-CN/tracking.json";
import zhWorkflow from "./messages/zh-CN/workflow.json";
import zhScorecards from "./messages/zh-CN/scorecards.json";
import zhAppraisal from "./messages/zh-CN/appraisal.json";
import zhPetitions from "./messages/zh-CN/petitions.json";
import zhIntegrity from "./messages/zh-CN/integrity.json";
import zhCards from "./messages/zh-CN/cards.json";
import zhNotices from "./messages/zh-CN/notices.json";
import zhForms from "./messages/zh-CN/forms.json";
import zhNextSteps from "./messages/zh-CN/nextSteps.json";
import zhTransparencyMonth from "./messages/zh-CN/transparencyMonth.json";
import zhAccountability from "./messages/zh-CN/accountability.json";
import zhRectifications from "./messages/zh-CN/rectifications.json";
import zhOpenData from "./messages/zh-CN/openData.json";
import zhOpen311 from "./messages/zh-CN/open311.json";
import zhHotline from "./messages/zh-CN/hotline.json";
import type { Locale } from "./locales";

const en = {
  ...enCore,
  filing: enFiling,
  portal: enPortal,
  tracking: enTracking,
  workflow: enWorkflow,
  adminOrg: enAdminOrg,
  adminRules: enAdminRules,
  adminPeople: enAdminPeople,
  adminImport: enAdminImport,
  petitions: enPetitions,
  appraisal: enAppraisal,
  scorecards: enScorecards,
  integrity: enIntegrity,
  cards: enCards,
  notices: enNotices,
  forms: enForms,
  nextSteps: enNextSteps,
  transparencyMonth: enTransparencyMonth,
  accountability: enAccountability,
  rectifications: enRectifications,
  openData: enOpenData,
  open311: enOpen311,
  hotline: enHotline,
};
const zh = {
  ...zhCore,
  filing: zhFiling,
  portal: zhPortal,
  tracking: zhTracking,
  workflow: zhWorkflow,
  adminOrg: zhAdminOrg,
  adminRules: zhAdminRules,
  adminPeople: zhAdminPeople,
  adminImport: zhAdminImport,
  petitions: zhPetitions,
  appraisal: zhAppraisal,
  scorecards: zhScorecards,
  integrity: zhIntegrity,
  cards: zhCards,
  notices: zhNotices,
  forms: zhForms,
  nextSteps: zhNextSteps,
  transparencyMonth: zhTransparencyMonth,
  accountability: zhAccountability,
  rectifications: zhRectifications,
  openData: zhOpenData,
  open311: zhOpen311,
  hotline: zhHotline,
};

export type Messages = typeof en;
export const CATALOGUES: Record<Locale, Messages> = { en, "zh-CN": zh as Messages };
