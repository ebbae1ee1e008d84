import { iso31661 } from "iso-3166";

// The code lists of the schemas, kept apart from zod so that a project importing one of them gets
// the list alone: the schemas import them from here. Every list is built with a pure call, so that
// a bundler drops the lists a project does not use.

/** The allowed values of an enum, in order, from its code list. */
function codes<const T extends Record<string, string>>(values: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(values) as [keyof T & string, ...(keyof T & string)[]];
}

/** ISO 3166-1 alpha-2 codes, from the iso-3166 package. */
export const countryCodes = /* @__PURE__ */ iso31661.map((country) => country.alpha2);

// Source
export const sourceKindValues = {
  "ministry-announcement": "A notice on a ministry's own announcement board.",
  "press-conference-transcript": "A transcript of a press conference.",
  "news-report": "An article of a news agency, newspaper or broadcaster.",
  "government-report": "A page of a government other than China's, or a government report.",
  "statistics-release": "A release of figures with no meeting behind it.",
  other: "Anything else.",
} as const;
export const sourceKinds = /* @__PURE__ */ codes(sourceKindValues);

// Organization
export const organizationKindValues = {
  "national-government": "A country's government as a whole.",
  ministry: "A ministry.",
  department: "A department or bureau inside a ministry.",
  agency: "A government agency or funding body.",
  centre: "A centre under a ministry (an exchange or development centre).",
  "government-office": "An office of a head of state or government, or of a cabinet.",
  embassy: "An embassy or consulate.",
  "intergovernmental-organization": "An organization of states.",
  university: "A university.",
  "research-institution": "A research institute or academy.",
  association: "An association, network or foundation.",
  media: "A news outlet.",
  other: "Anything else.",
} as const;
export const organizationKinds = /* @__PURE__ */ codes(organizationKindValues);

// Program
export const programKindValues = {
  initiative: "A broad initiative.",
  "action-plan": "A plan of action.",
  "partnership-program": "A partnership programme between countries or regions.",
  "exchange-program": "A programme of exchanges of people.",
  "training-program": "A training course or workshop series.",
  mission: "A joint research mission.",
  "research-center": "A joint research or development centre.",
  "research-infrastructure": "A large research facility or project.",
  platform: "A platform, network or conference series for cooperation.",
  other: "Anything else.",
} as const;
export const programKinds = /* @__PURE__ */ codes(programKindValues);

// Agreement
export const agreementKindValues = {
  agreement: "An intergovernmental agreement.",
  "memorandum-of-understanding": "A memorandum of understanding.",
  protocol: "A protocol or programme of cooperation under an agreement.",
  "joint-statement": "A joint statement or declaration.",
  "action-plan": "A joint plan of action.",
  other: "Anything else.",
} as const;
export const agreementKinds = /* @__PURE__ */ codes(agreementKindValues);

// Mechanism
export const mechanismKindValues = {
  "joint-committee": "A joint committee on S&T cooperation.",
  "joint-commission": "A joint commission on S&T cooperation.",
  subcommittee: "A subcommittee of a larger commission.",
  "ministerial-meeting": "A regular meeting of ministers.",
  dialogue: "A regular policy dialogue.",
  "working-group": "A working group.",
  other: "Anything else.",
} as const;
export const mechanismKinds = /* @__PURE__ */ codes(mechanismKindValues);

// Event
export const eventKindValues = {
  meeting: "A meeting of officials.",
  talks: "Talks between delegations.",
  visit: "A visit by a delegation, which may hold meetings of its own.",
  "site-visit": "A visit to a laboratory, company or site during a trip.",
  signing: "The signing of an agreement.",
  "press-conference": "A press conference.",
  "joint-committee-session": "A session of a joint committee on S&T cooperation.",
  "joint-commission-session": "A session of a joint commission on S&T cooperation.",
  "ministerial-meeting": "A meeting of ministers of several countries.",
  dialogue: "A policy dialogue.",
  forum: "A forum.",
  conference: "A conference.",
  other: "Anything else.",
} as const;
export const eventKinds = /* @__PURE__ */ codes(eventKindValues);
export const locationModeValues = {
  "in-person": "The participants met in one place.",
  virtual: "Held by video link.",
  hybrid: "Some in one place, some by video link.",
} as const;
export const locationModes = /* @__PURE__ */ codes(locationModeValues);
export const agreementActionValues = {
  signed: "Signed at the event.",
  renewed: "Renewed or extended at the event.",
  discussed: "Discussed or referred to at the event.",
  implemented: "Its implementation was reviewed or planned at the event.",
} as const;
export const agreementActions = /* @__PURE__ */ codes(agreementActionValues);

// Participation
export const participationRoleValues = {
  lead: "Led their side.",
  "co-chair": "Co-chaired the meeting or session.",
  chair: "Chaired or hosted the proceedings.",
  "delegation-head": "Led a visiting delegation.",
  attended: "Attended.",
  present: "Said to be present.",
  host: "Hosted the event as a body (a press conference's host).",
  speaker: "Spoke or answered questions.",
  signatory: "Signed an agreement.",
  witness: "Witnessed a signing.",
  moderator: "Moderated.",
  questioner: "Asked a question.",
} as const;
export const participationRoles = /* @__PURE__ */ codes(participationRoleValues);
export const participationSideValues = {
  china: "The Chinese side.",
  counterpart: "The foreign side.",
  press: "The press.",
  other: "Neither side (a third party).",
  unknown: "The source does not say.",
} as const;
export const participationSides = /* @__PURE__ */ codes(participationSideValues);

// Statistic
export const comparatorValues = {
  exact: "The value as stated.",
  "more-than": "More than the value ('more than 80' is not 80).",
  "at-least": "The value or more.",
  about: "About the value.",
  nearly: "A little less than the value.",
  "at-most": "The value or less.",
  "less-than": "Less than the value.",
  between: "Between value and valueHigh.",
} as const;
export const comparators = /* @__PURE__ */ codes(comparatorValues);
export const statisticScopeValues = {
  "all-partners": "Every partner country, region and organization.",
  "belt-and-road-partners": "The partners of the Belt and Road Initiative.",
  other: "Some other group: see scopeNote.",
} as const;
export const statisticScopes = /* @__PURE__ */ codes(statisticScopeValues);
export const statisticKindValues = {
  achieved: "What has been done: a count or an amount reached.",
  target: "What is planned by the horizon date.",
} as const;
export const statisticKinds = /* @__PURE__ */ codes(statisticKindValues);
/** The multiplier of each scale word: "RMB 10 billion" is value 10, scale billion. */
export const scaleMultipliers = {
  thousand: 1e3,
  "ten-thousand": 1e4,
  million: 1e6,
  "hundred-million": 1e8,
  billion: 1e9,
  trillion: 1e12,
} as const;
export const scaleValues = {
  thousand: "× 1,000",
  "ten-thousand": "× 10,000 (wan)",
  million: "× 1,000,000",
  "hundred-million": "× 100,000,000 (yi)",
  billion: "× 1,000,000,000",
  trillion: "× 1,000,000,000,000",
} as const;
export const scales = /* @__PURE__ */ codes(scaleValues);

// Redirect
export const redirectReasonValues = {
  renamed: "A new id for the same record.",
  merged: "Merged into another record.",
} as const;
export const redirectReasons = /* @__PURE__ */ codes(redirectReasonValues);
