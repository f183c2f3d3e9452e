/**
 * The words English minutes use for each part. The extractor's English patterns are built from
 * these lists (see ./build.ts): to teach it an idiom, add the word to its list.
 */

/** "Label: value" labels, by what they introduce. */
/** Attendance labels read only before a colon ("Others: Jason Stajich"): alone on a line they are a page's words ("Upload / others / View"). */
export const EN_LABELS_COLON_ONLY = ['others', 'visitors'];
export const EN_LABELS = {
  attendance: ['present', 'present at meeting', 'present at the meeting', 'staff', 'staff present', 'officers', 'officials', 'officials in attendance', 'officers in attendance', 'others present', 'others', 'visitors', 'visitors present', 'also attending', 'guests', 'guests present', 'members in attendance',  'members present', 'councillors present', 'attendees', 'attendance', 'in attendance', 'also present', 'also in attendance', 'attending', 'attended', 'participants', 'conference participants', 'meeting participants', 'those present', 'officers present', 'committee members present', 'councillors', 'cllrs', 'members', 'directors', 'trustees', 'governors', 'board members', 'committee members', 'roll call',
    // A US council's members by their own name: "Councilmembers: A, B, C" (not "Council Members:", as often the heading of their reports).
    'councilmembers', 'councilors', 'commissioners', 'employees', 'aldermen', 'alderpersons', 'selectmen', 'supervisors', 'legislators'],
  absence: ['apologies', 'appologies', 'apologise', 'apologised', 'apologies for absence', 'absent', 'absentees', 'apologies received', 'regrets', 'members absent', 'not present', 'not in attendance', 'excused', 'members excused', 'absent excused', 'excused absence'],
  presider: ['present in the chair', 'acting chair', 'chair', 'chairman', 'chairperson', 'chairwoman', 'chaired by', 'presiding', 'presided by', 'presider', 'host', 'in the chair', 'meeting chair', 'chair of meeting', 'chair of the meeting', 'chairman of the meeting', 'presiding member', 'presiding officer', 'facilitator', 'meeting facilitator'],
  recorder: ['minutes taken by', 'minute taker', 'recorder', 'recorded by', 'note taker', 'notes taken by', 'secretary'],
  time: ['date', 'time', 'date and time', 'meeting date',
    // One label for both ("Date/Time: …", "Date & Time: …").
    'date/time', 'date / time', 'date & time', 'meeting date/time', 'meeting date & time'],
  place: ['venue', 'place', 'location'],
  distribution: ['cc', 'c.c.', 'copy to', 'copies to', 'copied to', 'copied', 'distribution', 'circulation', 'distributed to', 'distribution list'],
  meta: ['source', 'author', 'posted', 'published', 'posted on', 'published on', 'views', 'category', 'tags', 'date published', 'date posted', 'publication date', 'last updated', 'date modified'],
} as const;

/** Who a label names after its verb of attending ("Present Trustees:", "Present Staff:", "Absent Members:"). */
export const EN_ATTENDING_GROUPS = ['trustees', 'staff', 'members', 'councillors', 'directors', 'governors', 'officers', 'officials', 'commissioners', 'board members', 'committee members', 'council members', 'board', 'council', 'guests', 'delegates', 'observers', 'participants', 'members of the public'];

/** Words that may stand before an attendance heading printed alone ("Voting Member Attendees", "Board Members Present"). */
/** A body's name before its chair's label ("Branch Chairperson:", "Committee Chair:"): still the chair. */
export const EN_CHAIR_OF = ['branch', 'board', 'committee', 'council', 'club', 'society', 'association', 'group', 'senate', 'commission', 'trust', 'union', 'forum', 'panel'];

export const EN_HEAD_QUALIFIERS = ['voting', 'non-voting', 'board', 'committee', 'council', 'staff', 'other', 'trustees', 'directors', 'governors', 'member', 'members'];

/** Endings of an English body's name on a header line ("San Juan Unified School District"). */
export const EN_ORG_ENDS = ['Council', 'Committee', 'Association', 'Board', 'Trust', 'Society', 'Authority', 'Commission', 'Group', 'Company', 'Ltd.', 'Ltd', 'Limited', 'Consortium', 'Foundation', 'District', 'Township', 'Corporation', 'University', 'College', 'Institute', 'School', 'Academy', 'Agency', 'Department', 'Ministry', 'Secretariat', 'Senate', 'Assembly', 'Municipality', 'PLC', 'Plc', 'Club', 'Union', 'Federation', 'Chamber', 'Alliance', 'Guild', 'Bureau'];
/**
 * A body's legal form after its name ("Mangawhai Bowls Inc", "OpenWIS Association AISBL", "Nylex (Malaysia) Berhad"):
 * a name so ended is a body's, whatever its last word.
 */
export const EN_LEGAL_FORMS = ['Inc', 'Inc.', 'Incorporated', 'LLC', 'L.L.C.', 'AISBL', 'ASBL', 'Berhad', 'Bhd', 'Bhd.', 'CIC', 'SCIO', 'e.V.', 'GmbH', 'gGmbH', 'NPC', 'Pty Ltd', 'Pty. Ltd.', 'Co-op', 'Cooperative'];
/** Who a board is made of, as its name ends ("Board of County Commissioners", "Board of Trustees"). */
export const EN_BOARD_MEMBERS = ['Commissioners', 'Trustees', 'Directors', 'Governors', 'Supervisors', 'Selectmen', 'Aldermen', 'Regents', 'Freeholders'];
/** A body named by its kind before its place or field: "University of Baroda", "Municipality of Morris-Turnberry". */
export const EN_ORG_HEADS = ['University', 'College', 'Institute', 'Academy', 'School', 'Board', 'Council', 'Commission', 'Society', 'Association', 'Corporation', 'Municipality', 'Shire', 'Borough', 'Parish', 'Township', 'Department', 'Ministry', 'Office', 'Trust', 'Authority', 'Agency', 'Club', 'Union', 'Federation', 'Chamber', 'Guild', 'Bureau'];
/** "Town of North Star", "Village of Croton-on-Hudson": a place's government named by its kind. */
export const EN_PLACE_KINDS = ['Town', 'Village', 'City', 'County', 'Borough', 'Municipality', 'Township', 'Parish', 'Shire', 'District', 'Corporation of the Town', 'Corporation of the City'];

/** Honorifics dropped before a name ("Cllr Mr G. Hotchkin" → "G. Hotchkin"). */
export const EN_HONORIFICS = ['borough councillor', 'county councillor', 'district councillor', 'city councillor', 'ward councillor', 'town councillor', 'parish councillor', 'his worship', 'her worship', 'his honour', 'her honour', 'mayor', 'deputy mayor', 'alderman', 'alderwoman', 'ald', 'ald.', 'hon.', 'hon', 'cllr', 'cllrs', 'cllr.', 'cllrs.', 'councillor', 'councillors', 'councilor', 'councilors', 'councilmember', 'councilmembers', 'councilman', 'councilwoman', 'commissioners', 'trustees', 'commissioner', 'trustee', 'supervisor', 'pc', 'pcs', 'pcso', 'sgt', 'sgt.', 'insp', 'insp.', 'county judge', 'judge', 'magistrate', 'magistrates', 'selectman', 'selectwoman', 'selectperson', 'freeholder', 'legislator', 'cr', 'cr.', 'crs', 'shri', 'smt', 'smt.', 'sri', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'rev', 'rev.', 'the'];

/** Honours printed after a name, set off by commas ("Mr CHAN Tai-man, BBS, JP"): no person of their own. */
export const EN_POSTNOMINALS = ['GBM', 'GBS', 'SBS', 'BBS', 'MH', 'JP', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'QC', 'KC', 'SC', 'PMN', 'DSP', 'JMN', 'PJK', 'AMN', 'OAM', 'ONZM', 'MNZM', 'QSM', 'PhD', 'FRICS', 'FCA', 'CPA', 'Esq', 'Esquire'];

/** Roles that are not names ("Chairman", "Parish Clerk"). */
export const EN_ROLES = ['chairman', 'chairwoman', 'chairperson', 'chair', 'vice chair', 'vice-chair', 'vice chairman', 'vice-chairman', 'deputy chair', 'deputy chairman', 'mayor', 'clerk', 'parish clerk', 'secretary', 'treasurer', 'rfo', 'minute taker', 'presiding'];

/**
 * Words of an office or post, not of a name: an attendance item made only of them ("Senior Executive
 * Engineer", "Museum Assistant", "Vice-Chancellor") names a post, and they are cut from the end of a
 * name printed with its post ("Nancy Michie Administrator Clerk").
 */
export const EN_POST_WORDS = ['member', 'members', 'supt', 'asst', 'appraiser', 'assessor', 'sheriff', 'coroner', 'surveyor', 'councilman', 'councilwoman', 'councilmember', 'alderman', 'alderwoman', 'selectman', 'selectwoman', 'selectperson', 'legislator', 'freeholder', 'founder', 'co-founder', 'speaker', 'whip', 'president', 'vice-president', 'chancellor', 'vice-chancellor', 'pro-vice-chancellor', 'principal', 'vice-principal', 'head', 'headteacher', 'dean', 'registrar', 'officer', 'official', 'engineer', 'executive', 'senior', 'junior', 'chief', 'administrative', 'administrator', 'administration', 'assistant', 'associate', 'curator', 'museum', 'interim', 'director', 'manager', 'clerk', 'secretary', 'treasurer', 'chair', 'chairman', 'chairperson', 'chairwoman', 'deputy', 'acting', 'vice', 'general', 'invitee', 'special', 'coordinator', 'co-ordinator', 'superintendent', 'supervisor', 'attorney', 'solicitor', 'counsel', 'controller', 'comptroller', 'auditor', 'accountant', 'mayor', 'reeve', 'warden', 'commander', 'cathaoirleach', 'leas-chathaoirleach', 'councillor', 'councilor', 'trustee', 'governor', 'representative', 'nominee', 'ex-officio', 'technical', 'planner', 'inspector', 'commissioner', 'convenor', 'convener', 'ceo', 'cao', 'cfo', 'coo', 'cto', 'rfo', 'hod', 'staff', 'legal', 'finance', 'financial', 'planning', 'services', 'service', 'operations', 'communications', 'legislative', 'municipal', 'corporate', 'recording', 'minute', 'taker', 'observer', 'guest', 'advisor', 'adviser', 'consultant', 'analyst', 'specialist', 'lead', 'leader', 'organiser', 'organizer', 'facilitator', 'student', 'parent', 'teacher', 'professor', 'lecturer', 'body', 'governing', 'public', 'works', 'development', 'community', 'zoning', 'police', 'engineering', 'human', 'resources', 'economic', 'utilities', 'recreation', 'information', 'technology', 'affairs', 'department', 'division', 'shire', 'city', 'county', 'town', 'parish', 'district', 'borough', 'village', 'township', 'council', 'board', 'committee', 'of', 'the', 'and', '&', 'for', 'to'];

/** How a record names its chair outside a "Chair:" label. */
export const EN_PRESIDER = {
  /** Before the chair's name: "under the chairmanship of Engr. N.O. Oyelola", "Chair of Meeting: Susan Holden". */
  before: ['under the chairmanship of', 'under the chairpersonship of', 'under the presidency of', 'chair of meeting', 'chair of the meeting', 'chairperson of the meeting', 'chairman of the meeting', 'meeting chair', 'meeting chairperson',
    // The chair named after a verb: "The Presiding Officer was Cllr A Brown", "The chair was taken by Mr X".
    'presiding officer was', 'the chair was', 'the chairman was', 'the chairperson was', 'chair for the meeting was', 'chairman for the meeting was', 'chair of the meeting was', 'chairman of the meeting was', 'the chair was taken by', 'chair was occupied by',
    // The chair as the agent: "Meeting chaired by: Mr. Mukunda Prasad Niraula", "presided over by Cllr Smith".
    'meeting chaired by', 'meeting was chaired by', 'presided over by'],
  /** After the chair's name: "I.V.Muralikrishna, … nominated … to chair the meeting". */
  after: ['to chair the meeting', 'to chair this meeting', 'to preside over the meeting', 'to preside at the meeting', 'to chair the session'],
  /** The chair told in an absolute phrase, the person just before it: "…, Mayor Wood presiding.", "… with T. Reid chairing.", "… with Chairman Paul Mathews calling the meeting to order". */
  absolute: ['presiding', 'chairing', 'calling the meeting to order'],
  /** A post printed after a name in a list that makes the person the chair: "Jeremy Nicholls [Presiding Member]", "Dr A Rao, Chairperson". */
  marks: ['chair', 'chairman', 'chairperson', 'chairwoman', 'presiding member', 'presiding officer'],
  /** Titles before a listed name that are no part of it ("Alderman M Koen"), beside the honorifics. */
  titles: ['alderman', 'alderwoman', 'hon', 'hon.', "hon'ble", 'hon’ble', 'engr', 'engr.', 'justice', 'sh', 'sh.', 'capt', 'capt.', 'col', 'col.'],
} as const;

/**
 * The chair named, then a post set off by commas, then the chair's act: "Mr Lee, the "Chairman" of the
 * Meeting, took the chair", "Dr A Brown, President of the Society, presided".
 */
export const EN_APPOSED_CHAIR = {
  posts: ['chairman', 'chairwoman', 'chairperson', 'chair', 'co-chair', 'president', 'mayor', 'convenor', 'convener', 'presiding officer', 'presiding member', 'speaker', 'reeve', 'warden', 'cathaoirleach'],
  acts: ['took the chair', 'assumed the chair', 'was in the chair', 'presided', 'chaired the meeting', 'chaired this meeting', 'opened the meeting', 'called the meeting to order', 'declared the meeting open', 'commenced the meeting', 'began the meeting', 'started the meeting'],
};

/** The offices a meeting fills for itself at its start ("X was nominated as Chairman", "to elect Y as moderator"): fields/elected-chair.ts. */
export const EN_CHOSEN_CHAIR = ['chair', 'chairman', 'chairperson', 'chairwoman', 'moderator', 'presiding officer'];

/** Words marking the chair in a list of those present ("A Smith (Chair)"). */
export const EN_CHAIR_WORDS = ['chairman', 'chairwoman', 'chairperson', 'chair', 'co-chairs', 'joint chairs', 'presiding', 'cathaoirleach', 'mayor', 'in the chair', 'presiding officer', 'presiding member'];

/** Bodies whose decisions are recorded ("The council resolved …"). */
export const EN_BODIES = ['council', 'committee', 'meeting', 'group', 'board', 'members', 'steering group', 'parish council', 'town council', 'working group', 'sub-committee', 'subcommittee', 'body', 'governing body', 'trustees', 'directors', 'governors', 'commission', 'panel', 'forum', 'assembly', 'senate', 'syndicate', 'tac', 'tsc',
  // Bodies that act under their own name in a church's, a government's or a club's record: "Session approved …", "The Cabinet approved …".
  'session', 'cabinet', 'vestry', 'elders', 'presbytery', 'synod', 'executive', 'exco', 'club', 'society', 'congregation',
  // A local government acting under its place's name: "Kayunga District approved a 54 billion budget".
  'district', 'municipality', 'township', 'borough', 'shire', 'county', 'city', 'town', 'village'];
/** What a motion printed as a sentence sets out to do ("Motion to approve …"). */
export const EN_MOTION_VERBS = ['approve', 'adopt', 'accept', 'appoint', 'adjourn', 'authorize', 'authorise', 'award', 'pay', 'transfer', 'table', 'amend', 'ratify', 'receive', 'go into', 'enter', 'elect', 'allow', 'grant', 'deny', 'purchase', 'hire', 'waive', 'set', 'close', 'open', 'move', 'confirm', 'reappoint', 'renew', 'extend', 'accept'];
/** Verbs of a decision. */
export const EN_DECIDE = ['agreed', 'resolved', 'decided', 'approved', 'confirmed', 'accepted', 'determined', 'adopted', 'voted', 'appointed', 'elected', 're-elected', 'endorsed', 'ratified', 'co-opted',
  // A resolution in the present tense: "The Board of Directors accepts …", "The Academic Council approves …".
  'agrees', 'resolves', 'decides', 'approves', 'confirms', 'accepts', 'adopts', 'votes', 'appoints', 'elects', 'endorses', 'ratifies',
  // A body's direction to its staff: "Council directed staff to bring back an ordinance …".
  'directed', 'authorized', 'authorised', 'instructed', 'directs', 'authorizes', 'authorises', 'instructs',
  // A choice made: "The board picked Sunday, Sept. 14 …", "The committee chose the blue design".
  'picked', 'chose', 'selected', 'opted'];
/** A review before its outcome, told in the passive: "Financials were reviewed and approved." */
export const EN_REVIEWED = ['reviewed', 'read', 'considered', 'discussed', 'received', 'presented', 'tabled', 'circulated'];
/** Outcomes told in the passive ("The accounts were approved", "NM was elected secretary"). */
export const EN_PASSIVE_OUTCOMES = ['agreed', 'approved', 'confirmed', 'accepted', 'adopted', 'resolved', 'carried', 'ratified', 'endorsed'];
/** A person chosen for a post ("NM was elected secretary", "Paul is elected as Secretary"). */
export const EN_CHOSEN = ['elected', 're-elected', 'appointed', 're-appointed', 'reappointed', 'co-opted',
  // A member put back on the roll: "Florence Wong has been reactivated as a church member."
  'reactivated', 'reinstated'];
/** Chosen for a post in a narrative sentence ("W. Ogana was nominated as Chairman", "X elected by acclamation"). */
export const EN_CHOSEN_NARRATIVE = ['elected', 're-elected', 'appointed', 're-appointed', 'reappointed', 'co-opted', 'nominated', 're-nominated', 'renominated'];
/** How a choice was made, said straight after the verb with no "was" ("Peter Brown elected by acclamation"). */
export const EN_CHOSEN_HOW = ['by acclamation', 'unopposed', 'unanimously', 'by consensus', 'by a show of hands', 'on a show of hands', 'by ballot', 'as', 'to the post of', 'to the position of'];
/** A sentence's opening adverb before the person chosen ("Subsequently, W. Ogana was nominated …"). */
export const EN_NARRATIVE_LEADS = ['subsequently', 'then', 'finally', 'thereafter', 'accordingly', 'therefore', 'next', 'also', 'lastly', 'consequently', 'thereupon'];
/** An item put off, told in the passive ("The nomination of Auditors was deferred"): the meeting's outcome for it. */
export const EN_PUT_OFF = ['deferred', 'postponed', 'held over', 'carried forward', 'carried over', 'adjourned to'];
/** An outcome word closing a proposal, alone as its sentence ("… be increased to £15. Carried."). */
export const EN_TRAILING_OUTCOMES = ['carried', 'carried unanimously', 'unanimously carried', 'approved', 'approved unanimously', 'unanimously approved', 'agreed', 'agreed unanimously', 'unanimously agreed', 'adopted', 'passed', 'passed unanimously', 'accepted', 'so moved', 'all in favour', 'all in favor', 'motion carried', 'motion passed', 'motion approved'];
/** Short labels of a nomination's proposer and seconder ("Nom: X, Second: Y Approved"). */
export const EN_NOMINATION_LABELS = { proposer: ['nom', 'nominated by', 'nominee', 'nominator', 'proposed by', 'proposer', 'prop', 'moved by', 'mover', 'proposed', 'moved'], seconder: ['second', 'seconded by', 'seconder', 'sec', '2nd', 'seconded'] } as const;
/** A person taking work on ("Gill agreed to draft …", "NB volunteered to …"). */
export const EN_UNDERTAKE = ['agreed to', 'offered to', 'volunteered to', 'undertook to', 'will undertake to', 'agrees to', 'offers to', 'volunteers to', 'undertakes to', 'plans to', 'will take on', 'promised to', 'promises to'];

/** Titles before a person who takes work on ("Cllr. H. Gwynne would look into …", "Elder Chu will …"). */
export const EN_TASK_HONORIFICS = ['Cllr', 'Cllrs', 'Councillor', 'Councilor', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Elder', 'Member', 'Pastor', 'Rev', 'Director', 'Trustee', 'Commissioner', 'Supervisor', 'Alderman'];
/** Verbs of work a person takes on in the future ("Andrew will look into …", "Rob will write to …"). */
export const EN_TASK_VERBS = ['look into', 'look at', 'look for', 'investigate', 'contact', 'send', 'write', 'speak', 'talk', 'email', 'e-mail', 'call', 'phone', 'ring', 'obtain', 'reach out', 'ask', 'forward', 'announce', 'prepare', 'draft', 'organise', 'organize', 'arrange', 'check', 'follow up', 'circulate', 'update', 'create', 'lead', 'bring', 'provide', 'pick up', 'settle', 'undertake', 'get', 'find', 'book', 'order', 'liaise', 'research', 'confirm', 'chase', 'coordinate', 'co-ordinate', 'source', 'buy', 'purchase', 'collect', 'distribute', 'approach', 'produce', 'compile', 'design', 'print', 'post', 'publish', 'share', 'submit', 'apply', 'invite', 'inform', 'notify', 'handle', 'fix', 'repair', 'replace', 'install', 'explore', 'edit', 'revise', 'host', 'run', 'manage', 'renew', 'pay', 'deliver', 'visit', 'monitor', 'pursue', 'seek', 'request', 'help', 'assist', 'schedule', 'set up', 'respond', 'reply', 'remind', 'sign', 'draw up', 'put together', 'work on', 'work with', 'meet with', 'take care', 'write up', 'report back', 'find out', 'make contact', 'review', 'suggest', 'pass along', 'pass on', 'explain', 'meet', 'map', 'mark', 'merge', 'confer', 'make sure', 'ensure', 'add', 'remove', 'test', 'build', 'propose', 'draw', 'develop', 'connect', 'resend', 're-send', 'continue', 'nominate', 'self-nominate', 'negotiate', 'present', 'finalise', 'finalize', 'complete', 'represent', 'volunteer', 'swing by', 'clarify', 'document', 'register', 'reserve', 'advertise', 'promote', 'recruit', 'verify', 'plan'];
/** Posts a person will fill ("Molly will be pro tem clerk", "X will be the contact"). */
export const EN_TASK_ROLES = ['pro tem', 'acting', 'interim', 'responsible', 'in charge', 'back up', 'backup', 'back-up', 'contact', 'point of contact', 'liaison', 'lead', 'coordinator', 'co-ordinator'];
/**
 * Groups and posts a task is given to in plain words, not by a person's name ("OTC members to add …",
 * "board should add …", "The editors will merge …", "for the treasurer to approach …").
 */
export const EN_GROUP_OWNERS = ['members', 'member', 'editors', 'editor', 'chairs', 'co-chairs', 'teachers', 'staff', 'officers', 'trustees', 'directors', 'governors', 'volunteers', 'parents', 'students', 'board', 'committee', 'sub-committee', 'subcommittee', 'council', 'team', 'group', 'panel', 'secretariat', 'office', 'treasurer', 'secretary', 'clerk', 'chair', 'chairman', 'chairperson', 'president', 'superintendent', 'coordinator', 'organisers', 'organizers', 'maintainers', 'reviewers', 'authors', 'contributors', 'admins', 'moderators', 'executive', 'management', 'principal', 'headteacher', 'coach', 'coaches', 'captains', 'leaders', 'representatives', 'reps', 'delegates', 'councillors', 'councilors', 'presenters', 'speakers', 'owners'];
/** Whole groups asked to act, alone before the act ("All to contribute …", "Everyone will …"). */
export const EN_EVERYONE = ['all', 'everyone', 'everybody', 'all members', 'all present'];

/** What is put to a vote ("The proposal was put to a vote and …"). */
export const EN_VOTE_ON = ['proposal', 'matter', 'question', 'amendment', 'resolution', 'recommendation', 'issue', 'item'];
/** A vote held ("A vote was taken and …", "A ballot was held"). */
export const EN_VOTE_HELD = ['vote', 'ballot', 'poll', 'show of hands', 'straw poll', 'secret ballot', 'recorded vote', 'roll call vote'];
/** An agreement told as a noun ("Consensus in meeting was that …", "General agreement that …"). */
export const EN_AGREEMENT_NOUNS = ['consensus', 'agreement', 'decision', 'conclusion', 'outcome'];
/** A note's outcome told with no subject, the body being the one meeting ("Adopted the auditor's report", "Approved the budget"). */
export const EN_SUBJECTLESS_OUTCOMES = ['adopted', 'approved', 'accepted', 'ratified', 'endorsed', 'confirmed', 'passed', 'unanimously adopted', 'unanimously approved', 'unanimously passed'];
/**
 * An outcome word closing an item's line after its topic ("Rule 11 carried", "June Board Meeting Minutes
 * approved"). Not "passed": "Deadline passed", "Vote passed" tell time gone or a vote's result.
 */
export const EN_CLOSING_OUTCOMES = ['approved', 'carried', 'adopted', 'ratified', 'endorsed'];
/** The same after a dash ("History Society – Unanimous", "Move the site to hackmd - agreed"). */
export const EN_DASHED_OUTCOMES = [...EN_CLOSING_OUTCOMES, 'passed', 'agreed', 'accepted', 'unanimous', 'unanimously', 'agreed unanimously', 'carried unanimously', 'approved unanimously', 'passed unanimously', 'unanimously agreed', 'unanimously approved', 'unanimously carried', 'agreed by all', 'all agreed', 'all in favour', 'all in favor'];
/** The previous minutes' outcome with no subject ("Accepted without correction."). */
export const EN_MINUTES_OUTCOMES = ['accepted', 'approved', 'adopted', 'agreed', 'confirmed', 'signed', 'ratified', 'passed'];

/** Motions printed as blocks: the mover, the seconder, and the result lines. */
export const EN_MOTION = {
  mover: ['moved by', 'proposed by', 'moved', 'proposed', 'mover', 'proposer', 'motion by', 'motion moved by', 'resolved on the motion of', 'on the motion of'],
  seconder: ['seconded by', 'seconded', 'seconder', 'second by', 'second', 'duly seconded by'],
  carried: ['carried', 'carried unanimously', 'unanimously carried', 'motion carried', 'motion passed', 'passed', 'passed unanimously', 'approved', 'adopted', 'agreed', 'carried without dissent', 'carried by consensus', 'and agreed', 'and carried', 'and unanimously agreed', 'agreed unanimously', 'unanimously agreed'],
  // A motion tabled or postponed is put off, not carried.
  lost: ['lost', 'defeated', 'failed', 'fails', 'motion fails', 'is defeated', 'motion lost', 'motion failed', 'motion defeated', 'not carried', 'withdrawn', 'motion withdrawn', 'tabled', 'motion tabled', 'postponed', 'motion postponed'],
  resolved: ['and resolved', 'resolved', 'motion', 'resolution', 'be it resolved', 'be it further resolved', 'therefore be it resolved', 'now therefore be it resolved', 'now, therefore, be it resolved', 'therefore, be it resolved'],
  /** A resolution's preamble, each reason on its line before "BE IT RESOLVED". */
  preamble: ['whereas', 'and whereas'],
} as const;

/** Heads of a decisions section the section pattern (segment/markers.ts) does not name: "New actions", "Key decisions". */
export const EN_DECISION_HEADS_MORE = ['new actions', 'new action items', 'new action points', 'agreed action', 'key decisions', 'summary of decisions', 'summary of actions', 'decisions reached', 'decisions made', 'decisions taken', 'general decisions', 'main decisions', 'major decisions', 'actions arising from this meeting', 'outcomes', 'meeting outcomes', 'key outcomes', 'outcomes and actions', 'items agreed upon', 'items agreed', 'agreed items', 'points agreed', 'agreed points', 'things agreed'];
/** A note's list of the tasks it gave, in a project's words ("## Next steps", "## TODOs ##") (segment/task-list-head-en.ts). */
export const EN_TASK_LIST_HEADS = ['next steps', 'todos', 'to-dos', 'to dos', 'todo list', 'to-do list', 'to do list', 'next things to do', 'things to do'];

/** A note's to-do mark after its owners: "Gord, Scott TODO :: Congratulatory letter", "TODO(alex): …". */
export const EN_TODO_MARKS = ['TODO', 'To-do', 'ToDo', 'TO DO', 'To do', 'ACTION', 'AI'];

/** Marks opening an action line, in any case (fields/action-marks.ts): "Action item for James: …", "ACTION-TC-52: …". */
export const EN_ACTION_MARKS = ['action', 'actions', 'action item', 'action items', 'action point', 'action points', 'action required', 'follow up', 'follow-up', 'todo', 'to do', 'to-do'];
/** Such marks as letters, in capitals only ("AI: …", "AP: …"): in lower case they are words. */
export const EN_ACTION_MARKS_UPPER = ['AI', 'AP'];
/** What an action line says when it gives no task ("Action: none", "AI: done"). */
export const EN_ACTION_DONE = ['none', 'nil', 'n/a', 'na', 'done', 'complete', 'completed', 'closed', 'ongoing', 'pending', 'see above', 'see below', 'tbd', 'tbc'];

/** A motion put in its own line, its vote below (fields/passed-motions.ts): "Move to …", "Vote on the motion X to …". */
export const EN_MOTION_CALLS = ['move to', 'moved to', 'move that', 'moved that', 'i move', 'motion to', 'motion that', 'motion for', 'vote on the motion', 'vote on motion', 'vote to', 'motion #', 'motion no', 'motion no.'];
/** A vote's line saying the motion passed: "motion passes", "Vote passed", "Carried unanimously". */
export const EN_VOTE_PASSED = ['passes', 'passed', 'carries', 'carried', 'adopted', 'approved', 'accepted'];
/** A vote's line saying it failed. */
export const EN_VOTE_FAILED = ['fails', 'failed', 'lost', 'defeated', 'not carried', 'not passed', 'rejected', 'withdrawn'];

/** Words that open a line before "to" and are no one's name nor a task's verb (fields/word-before-to.ts): "Have to …", "Good to …", "How to …". */
export const EN_WORDS_BEFORE_TO = ['have', 'has', 'had', 'want', 'wants', 'like', 'would like', 'nice', 'good', 'great', 'things', 'thing', 'how', 'what', 'where', 'when', 'hope', 'hoping', 'happy', 'hard', 'easy', 'difficult', 'important', 'best', 'better', 'seems', 'tends', 'likely', 'unlikely', 'used', 'able', 'unable', 'time', 'way', 'ways', 'welcome',
  // An item named by what it is about, not by who acts: "Resolution to increase allocation … passed", "Request to use the hall".
  'resolution', 'proposal', 'request', 'decision', 'application', 'amendment', 'recommendation', 'invitation', 'reminder',
  // A date named, no one acting: "Deadline to submit monthly agenda items … is October 18".
  'deadline', 'date'];

/** Heads of an action line or column ("Action: NB to …", "Owner | Action | Due"). */
export const EN_ACTION = {
  line: ['action', 'actions', 'action point', 'action points', 'action item', 'action items', 'action by', 'ap'],
  owner: ['owner', 'owners', 'who', 'responsible', 'lead', 'by whom', 'action by', 'assigned to', 'person', 'resp', 'resp.', 'responsibility', 'action owner', 'actionee', 'assignee', 'assigned'],
  task: ['action', 'actions', 'task', 'tasks', 'what', 'action item', 'action items', 'action point', 'action points', 'action required', 'description', 'detail', 'details', 'action detail', 'action details'],
  /** A column telling how an earlier action stands ("Status": "Done", "Not done"). */
  status: ['status', 'progress', 'update', 'outcome', 'comments', 'state', 'done', 'done?', 'complete', 'complete?', 'completed'],
  /** What a review of earlier actions says of them. */
  done: ['done', 'complete', 'completed', 'closed', 'not done', 'ongoing', 'in progress', 'outstanding', 'superseded', 'carried forward', 'cf', 'c/f', 'open', 'pending'],
  /** A heading over a review of the actions given before ("Actions of the previous meeting"). */
  earlier: ['previous meeting', 'last meeting', 'previous minutes', 'previous actions', 'outstanding actions', 'matters arising', 'review of actions', 'action log', 'actions arising', 'carried forward'],
  due: ['due', 'due date', 'when', 'by when', 'deadline', 'date', 'target date', 'timescale'],
  /** A column numbering the rows ("#", "No.", "Ref"): never the task. */
  number: ['#', 'no', 'no.', 'nr', 'ref', 'ref.', 'item no', 'item no.', 's/n', 'sn', 'id'],
} as const;

/** More words a review of open actions prints alone under an action ("Continued.", "Deferred."). */
export const EN_ACTION_STATES_MORE = ['continued', 'continuing', 'deferred', 'dropped', 'withdrawn', 'cancelled', 'canceled', 'finished', 'underway', 'under way'];

/** Work given in the passive: "The Manager will be required to …", "The Chairman was asked to …". */
export const EN_ASKED_TO = ['will be required to', 'is required to', 'are required to', 'was asked to', 'were asked to', 'has been asked to', 'have been asked to', 'is asked to', 'are asked to', 'was tasked to', 'was tasked with', 'will be asked to'];

/** Offices that can be made responsible ("The Clerk to …", "The X Bureau should …"). */
export const EN_UNIT_ENDS = ['Bureau', 'Department', 'Dept', 'Office', 'Committee', 'Council', 'Agency', 'Authority', 'Commission', 'Board', 'Team', 'Unit', 'Centre', 'Center', 'Section', 'Division', 'Ministry', 'Government', 'Group', 'Clerk', 'Secretary', 'Treasurer', 'Chairman', 'Chair', 'Officer', 'Manager', 'Director', 'Coordinator', 'Co-ordinator', 'RFO', 'Trust', 'Association', 'Service', 'Services'];

export const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
export const EN_CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Capitalised words that open a sentence but name no one who acts ("Motion to adjourn", "Need to transfer …"). */
export const EN_NOT_SUBJECT = ['motion', 'motions', 'move', 'call', 'need', 'needs', 'remember', 'note', 'notes', 'decision', 'request', 'proposal', 'plan', 'time', 'date', 'traced', 'had', 'has', 'have', 'systems', 'agenda', 'item', 'items', 'minutes', 'report', 'it', 'this', 'that', 'these', 'there', 'they', 'we', 'he', 'she', 'all', 'members', 'council', 'meeting', 'committee', 'the', 'what', 'how', 'when', 'where', 'why', 'who', 'which', 'if', 'also', 'then', 'please', 'agreed', 'voted', 'decided', 'resolved', 'moved', 'suggestion', 'question', 'discussion', 'update', 'updates', 'next', 'any', 'some', 'nothing', 'no', 'one'];

/**
 * Words opening a sentence before "to" that are its verb or a preposition, not who acts: "Decided to
 * continue …", "Recommended to keep subs …", "Defer to strategy …", "Due to connectivity issues …",
 * "Going to work with Roger …", "Speak to uni about …" (fields/assignees.ts).
 */
export const EN_VERBS_OPENING_TO = ['decided', 'recommended', 'proposed', 'suggested', 'requested', 'referred', 'deferred', 'defer', 'refer', 'due', 'owing', 'according', 'prior', 'going', 'continue', 'continued', 'speak', 'talk', 'reply', 'respond', 'listen', 'return', 'try', 'tried', 'aim', 'intend', 'wish', 'decide', 'agree'];
/** Verbs that open an item by giving its work to someone named next ("Empower RLPOA Board to study …", "Direct Public Works Department to repair …"). */
export const EN_DIRECTING_VERBS = ['empower', 'empowered', 'authorize', 'authorized', 'authorise', 'authorised', 'direct', 'directed', 'instruct', 'instructed', 'ask', 'asked', 'request', 'requested', 'task', 'tasked', 'charge', 'charged', 'invite', 'invited', 'encourage', 'encouraged', 'urge', 'urged', 'mandate', 'mandated', 'require', 'required'];

/** Events a task may be due before or for ("before next AGM", "prior to the annual dinner", "for the April meeting"): fields/event-deadlines.ts. */
export const EN_DUE_EVENTS = ['AGM', 'EGM', 'dinner', 'lunch', 'conference', 'workshop', 'retreat', 'event', 'festival', 'fair', 'launch'];
/** Sittings that, named without "next" or a month ("before the meeting"), are the one being minuted. */
export const EN_DUE_SITTINGS = ['meeting', 'call', 'session'];

/** Words that make an attendance item a role, a body, a place or a remark rather than a person's name. */
export const EN_NOT_A_NAME = ['everyone', 'he', 'she', 'they', 'everybody', 'engineer', 'officer', 'manager', 'director', 'workshop', 'others', 'other', 'meeting', 'minutes', 'council', 'committee', 'department', 'staff', 'members', 'member', 'public', 'apologies', 'absent', 'present', 'guests', 'visitors', 'none', 'nil', 'via', 'agenda', 'item', 'board', 'association', 'trust', 'maintenance', 'administration', 'finance', 'operations', 'secretariat', 'treasury', 'utilities', 'facilities'];

/**
 * Marks of a news story about a meeting (test/pages/LABELS.md): a reporter's byline, a wire tag, a
 * newspaper named as the source. Where a page carries one, it is news.
 */
export const EN_NEWS = {
  /** Reporter words: "Staff Reporter", "By … , staff writer". */
  reporter: ['reporter', 'staff reporter', 'staff writer', 'correspondent', 'our correspondent', 'news desk', 'news service', 'newsroom', 'reported from', 'special correspondent'],
  /** A wire service's tag: "(AP)", "(Reuters)". */
  wire: ['AP', 'Reuters', 'AFP', 'PA', 'UPI', 'CP', 'AAP'],
  /** A newspaper named where the text came from: "Source publication: …", "Source: The Evening Herald". */
  source: ['source publication', 'originally published in', 'reprinted from', 'letters to the editor', 'press release', 'media release', 'news release', 'for immediate release', 'embargoed until', 'press statement', 'available to subscribers', 'subscribers only', 'subscribe to read', 'subscribe to continue reading'],
  /** Words that end a newspaper's name after "Source:". */
  outlet: ['Times', 'Herald', 'Gazette', 'Argus', 'Post', 'News', 'Chronicle', 'Journal', 'Tribune', 'Courier', 'Mail', 'Telegraph', 'Standard', 'Express', 'Advertiser', 'Observer', 'Record', 'Echo', 'Examiner', 'Sentinel', 'Star'],
} as const;

/** Words that tell a sitting's kind, not a body's name: "HOLLIS TOWNSHIP REGULAR MONTHLY BOARD MEETING". */
export const EN_SITTING_KINDS = ['regular', 'special', 'ordinary', 'annual', 'extraordinary', 'general', 'monthly', 'quarterly', 'weekly', 'adjourned', 'statutory', 'inaugural', 'emergency', 'joint'];

/**
 * A meeting's own record whose title is lost: "The Society's Annual General Meeting was attended by
 * 24 people", "The meeting began at 2:10pm", "Financials were reviewed and approved."
 */
export const EN_RECORD = {
  /** A meeting named as the subject of the record's opening. */
  meeting: ['annual general meeting', 'general meeting', 'agm', 'egm', 'meeting', 'council meeting', 'board meeting', 'committee meeting', 'special meeting', 'regular meeting', 'work session', 'study session', 'retreat', 'workshop'],
  /** What the opening says of it. */
  held: ['was held', 'was attended by', 'began', 'commenced', 'was called to order', 'was opened', 'opened at', 'convened'],
  /** Outcomes stated in the record's voice. */
  outcomes: ['reviewed and approved', 'were approved', 'was approved', 'were adopted', 'was adopted', 'were accepted', 'was accepted', 'were confirmed', 'was confirmed', 'was carried', 'were carried', 'was passed', 'were passed', 'was agreed', 'were agreed', 'was resolved', 'was elected', 'were elected', 'were re-elected', 'was re-elected', 'motion carried', 'motion passed', 'approved unanimously', 'carried unanimously', 'it was agreed', 'it was resolved', 'it was decided', 'resolved that', 'agreed that', 'decided that', 'unanimously agreed', 'unanimously resolved', 'meeting agreed', 'meeting resolved', 'meeting decided', 'taken as read', 'quorum was present', 'quorum being present', 'declared the meeting duly convened', 'declared the meeting duly constituted', 'declared the meeting open', 'declared the meeting closed', 'presided as chairman', 'presided as chairperson', 'presided over the meeting', 'proceeded to the next item', 'was duly seconded', 'was noted', 'were noted'],
  /** A roll call or an attendance line: "Roll Call of Council Members", "Attending:". */
  roll: ['roll call', 'attending', 'present', 'in attendance', 'asked to be excused', 'excused', 'apologies', 'was attended by', 'were attended by', 'members present'],
} as const;

/**
 * Reported speech, a third party's account of a hearing ("The Department said that …", "SALGA told
 * the Committee …"): a record states what was decided, a summary of a hearing what was said.
 */
export const EN_REPORTED = ['said that', 'told the committee', 'told members', 'told the meeting', 'explained that', 'indicated that', 'stated that', 'reported that', 'added that', 'highlighted that', 'remarked that', 'emphasised that', 'emphasized that', 'responded that', 'replied that', 'informed the committee', 'briefed the committee'];

/** Words inside a template's bracketed blanks ("[Date]", "[Board Member 1's Name]", "[Your Company Address]"). */
export const EN_PLACEHOLDER = ['name', 'names', 'date', 'time', 'start time', 'end time', 'address', 'location', 'venue', 'title', 'number', 'amount', 'insert', 'your', 'organization', 'company', 'district'];

/** An outcome standing alone at a table row's end ("Minutes of last meeting | Approved"): a record's outcome column. */
export const EN_OUTCOME_CELLS = ['approved', 'agreed', 'accepted', 'adopted', 'carried', 'noted', 'passed', 'ratified', 'endorsed', 'deferred', 'declined', 'rejected', 'confirmed', 'approved unanimously', 'carried unanimously'];

/** A guide's heading on how minutes are written ("How to write meeting minutes", "Tips for taking minutes"). */
export const EN_GUIDE = ['how to write', 'how to take', 'how to record', 'how to prepare', 'how to draft', 'guide to', 'guidance on', 'tips for', 'tips on', 'what to include', 'writing minutes', 'taking minutes', 'minute-taking', 'minute taking', 'best practices', 'best practice', 'a checklist', 'what are minutes', 'why minutes'];

/**
 * How a page that is not a meeting's record talks (result/verdict.ts): of minutes in general ("minutes
 * should …", "minutes are a …"), or of itself as no official record ("my informal recollection").
 */
export const EN_GUIDE_TALK = {
  minutesGeneral: ['should', 'must', 'need to', 'are a', 'are an', 'are the', 'are usually', 'are normally', 'are not', 'can be', 'may be'],
  notTheRecord: ['not an official record', 'not the official record', 'not an official account', 'not the official minutes', 'not official minutes', 'not an official set of minutes', 'not the official set of minutes', 'not represent an official', 'not represent the official', 'not constitute an official', 'not constitute the official', 'my informal recollection', 'my personal recollection', 'my informal notes', 'my personal notes', 'my unofficial notes', 'our informal notes', 'our unofficial notes', 'my unofficial summary', 'informal recollection of the meeting',
    // A summary for members that sends them to the minutes kept elsewhere ("A summary of the proceedings … the minutes are available from the Hon. Secretary").
    'a summary of the proceedings', 'full minutes are available', 'full minutes can be obtained', 'full minutes may be obtained',
    // Notes that say what they are not ("These notes are not intended as Minutes and do not report on each Meeting held").
    'not intended as minutes', 'not intended to be minutes', 'not intended as a record', 'not intended to be a record', 'not intended as the minutes', 'these notes are not minutes'],
};

/**
 * A report on what was done after a meeting, titled so ("Action taken Report of the Minutes of …"): it
 * quotes the meeting's resolutions, but it is the follow-up, not the record.
 */
export const EN_FOLLOW_UP_REPORT = ['action taken report', 'action-taken report', 'report on action taken', 'action taken on the minutes', 'action taken on the decisions', 'status of action taken'];

/** A meeting announced, not yet held: the marks of a notice ("Notice is hereby given", "will be held on"). */
/** Who kept the record, before a name ("Minutes taken by J. Smith", "Recorder: Ann Lee"): a record has a recorder, a notice or an agenda none. */
export const EN_RECORDER = ['minutes taken by', 'minutes recorded by', 'minutes prepared by', 'minutes written by', 'minutes by', 'minute taker', 'minute-taker', 'minutes secretary', 'recorder', 'recording secretary', 'recorded by', 'notes taken by', 'note taker', 'note-taker', 'notetaker', 'scribe', 'scribes', 'note takers', 'notetakers', 'minute takers',
  // "Minuting: JB", "Note-taking: Ann".
  'minuting', 'minute taking', 'minute-taking', 'note taking', 'note-taking', 'notes by'];

/**
 * A held meeting's close or opening told with its clock time, in the record's voice ("Meeting closed
 * 9pm", "The meeting was adjourned at 8:42 p.m.", "called to order at 7:00"): only a record kept
 * of a meeting held prints it; an agenda lists "Adjournment", a notice "will begin at".
 */
export const EN_TIMED_CLOSE = ['closed', 'adjourned', 'ended', 'concluded', 'terminated', 'finished', 'closed the meeting', 'adjourned the meeting', 'declared the meeting closed', 'called to order', 'called the meeting to order', 'opened', 'began', 'commenced', 'started'];

/** A vote counted, as a record prints it: "Ayes: 5", "Against – 2", "Abstentions: 1". */
export const EN_TALLY = ['ayes', 'aye', 'nays', 'nay', 'yeas', 'noes', 'against', 'opposed', 'in favour', 'in favor', 'abstentions', 'abstention', 'abstained', 'abstain', 'votes for', 'votes against'];

/**
 * The formal notice of a meeting to come ("Notice is hereby given that … will be held"): a notice in
 * any language it is printed beside, whatever items it lists for approval.
 */
export const EN_NOTICE_FORMULA = ['notice is hereby given', 'notice is given that'];
/**
 * A notice's business put to the meeting still to come: "To consider and, if thought fit, to pass the
 * following resolutions". A record says what was passed; a notice, what may be if the meeting sees fit.
 */
export const EN_IF_THOUGHT_FIT = ['if thought fit', 'if deemed fit', 'if thought appropriate', 'if it thinks fit', 'if they think fit'];
export const EN_NOTICE_TO_COME = ['will be held', 'will take place', 'will be convened', 'shall be held'];

export const EN_ANNOUNCED = ['notice is hereby given', 'will be held on', 'will be held at', 'will take place on', 'is scheduled for', 'are invited to attend', 'you are invited to', 'please rsvp'];

/**
 * A meeting named as still to come: "Our AGM will take place on …", "we will host a General Meeting",
 * "our forthcoming Annual General Meeting", "next week's AGM". `before` stands before the meeting's
 * word, `after` after it (result/announced-meeting-en.ts).
 */
export const EN_MEETING_TO_COME = {
  meetings: ['annual general meeting', 'extraordinary general meeting', 'general meeting', 'annual meeting', 'general assembly', 'agm', 'egm', 'meeting'],
  before: ['will host', 'will hold', 'will be holding', 'will be hosting', 'is having', 'are having', 'is holding', 'are holding', 'forthcoming', 'upcoming', "next week's", 'next week’s', "this year's", 'this year’s', 'notice of'],
  after: ['will be held', 'will take place', 'will be convened', 'will start', 'will begin', 'is scheduled for', 'is to be held', 'has been rescheduled', 'has been postponed'],
  /** A body said to meet: "The … GOVERNING BOARD will meet Wednesday, 4 September". */
  bodies: ['board', 'council', 'committee', 'commission', 'trustees', 'directors', 'authority', 'district', 'association', 'society', 'senate', 'assembly'],
  bodyAfter: ['will meet', 'will convene', 'shall meet'],
  /** Who an agenda says will act at the meeting ("The Manager will present …"), beside the bodies above. */
  officers: ['manager', 'general manager', 'staff', 'chair', 'chairman', 'chairperson', 'president', 'treasurer', 'secretary', 'clerk', 'director', 'superintendent', 'engineer', 'attorney', 'counsel', 'members', 'trustees'],
  /** What an agenda says will be done at an item ("will discuss", "will review"). */
  itemActs: ['discuss', 'review', 'consider', 'approve', 'present', 'give', 'receive', 'hear', 'vote', 'act', 'take action', 'be asked', 'determine', 'decide', 'provide', 'report', 'update'],
  /** Readers invited to come: "All parents and guardians are welcome – hope to see you there". */
  invitation: ['hope to see you there', 'hope to see you all there', 'hope to see you all', 'look forward to seeing you', 'looking forward to seeing you', 'all are welcome', 'everyone is welcome', 'everyone welcome', 'are welcome to attend', 'are invited to attend', 'please join us', 'please come along', 'see you there'],
} as const;

/**
 * Labels that open a line as a speaker's name would ("Topic: …", "Status: …"): never taken for a
 * speaker in a scribe's notes (result/speaker-turns-en.ts), beside the labels of EN_LABELS.
 */
export const EN_NOT_SPEAKERS = ['note', 'notes', 'topic', 'subject', 'discussion', 'proposal', 'proposed', 'question', 'answer', 'update', 'updates', 'summary', 'background', 'comment', 'comments', 'issue', 'issues', 'status', 'owner', 'result', 'results', 'vote', 'motion', 'agenda', 'item', 'items', 'minutes', 'next steps', 'follow up', 'purpose', 'goal', 'goals', 'description', 'details', 'link', 'links', 'reference', 'example', 'response', 'reply', 'feedback', 'conclusion', 'pros', 'cons', 'problem', 'solution', 'meeting', 'call', 'scribe', 'moderator'];

/** A record's heading that names no minutes: "Record of decisions", "Proceedings of the meeting …". */
export const EN_RECORD_HEADS = ['record of decisions', 'summary of decisions', 'decision record', 'decisions record', 'decisions of the', 'decisions made at the', 'decisions taken at the', 'decisions reached at the', 'resolutions of the', 'resolutions adopted at the', 'resolutions passed', 'proceedings of', 'record of proceedings', 'summary of proceedings', 'summary record', 'meeting record', 'record of meeting', 'record of the meeting'];

/** An outcome told in passing, for the last reading of decisions: "… and it was unanimously approved." */
export const EN_LOOSE_OUTCOMES = ['approved', 'carried', 'adopted', 'agreed', 'resolved', 'accepted', 'passed', 'ratified', 'endorsed'];
/** A resolution's formula inside a run-on line: "… Resolved that …", "… Moved that the Board accepts …". */
export const EN_LOOSE_FORMULAS = ['resolved', 'moved', 'agreed', 'it was resolved', 'it was agreed', 'it was decided', 'it was unanimously resolved', 'it was unanimously agreed', 'unanimously resolved', 'unanimously agreed'];
/** A committee's outcome formula at a line's start, before "that"/"to": "RECOMMENDED that …". */
export const EN_RECOMMENDED = ['recommended', 'it was recommended', 'it was resolved to recommend', 'resolved to recommend'];

/** A records portal's address bar run into the text before the file's name (the title fallback): "HomeMy WebLinkAbout…". */
export const EN_HEADING_CHROME = ['HomeMy WebLinkAbout', 'HomeMy Public PortalAbout', 'Home My WebLink About', 'Home My Public Portal About'];

/**
 * Attendance labels run into a PDF's text ("… 2001. COUNCIL PRESENT: Mayor A; Councilmembers B, C. ABSENT: D.
 * STAFF PRESENT: E"): the words that may stand before them, and the labels of those there and of those not.
 */
export const EN_RUN_ON_ATTEND = {
  groups: ['council', 'councillors', 'councilmembers', 'members', 'member', 'staff', 'board', 'commissioners', 'trustees', 'directors', 'governors', 'officers', 'officials', 'also', 'others', 'other', 'committee', 'voting'],
  present: ['present', 'in attendance', 'attending', 'present members'],
  absent: ['absent', 'apologies', 'apologies for absence', 'regrets', 'not present', 'absent members'],
} as const;

/** A share button's caption before a document's name on a file-sharing page ('Share "…"', Indonesian 'Membagikan "…"'). */
export const EN_SHARE_CAPTIONS = ['share', 'sharing', 'membagikan', 'bagikan', 'compartir', 'partager', 'teilen', 'condividi', 'compartilhar', 'download', 'unduh'];

/**
 * Attendance told in a sentence of the record, no label: "The meeting was attended by A, B and C.",
 * "Those attended the EC meeting include A, B …", "X was present.": the words before the list, and the
 * words after a short list of those there.
 */
export const EN_ATTENDED_SENTENCE = {
  /** Before the list; "those …" may name the meeting between ("Those attended the EC meeting include"). */
  leads: ['was attended by', 'were attended by', 'was also attended by', 'present at the meeting were', 'present at the meeting was', 'in attendance were', 'present were', 'the following were present', 'the following attended', 'the following persons attended', 'attendees included', 'participants included'],
  /** "Those who attended … include(d)", "Those present were": the subject, then a verb of listing. */
  those: ['those attended', 'those who attended', 'those attending', 'those present', 'those in attendance', 'persons present', 'people present'],
  listVerbs: ['include', 'included', 'includes', 'were', 'are'],
  /** After a short list: "Uttara Sahaym was present.", "Mr X and Ms Y also attended." */
  trails: ['was present', 'were present', 'was also present', 'were also present', 'was in attendance', 'were in attendance', 'also attended', 'attended the meeting',
    // A roll's answer with no verb: "Allard, Godfrey Haskins, Horth & Worden present."
    'present', 'in attendance'],
} as const;

/** A member's style before the name, a line each at a page's top whose heading was lost: "Councillor Liz Clews", "Cr A Smith". */
export const EN_MEMBER_STYLES = ['the mayor, councillor', 'mayor, councillor', 'deputy mayor, councillor', 'councillor', 'councilor', 'councilmember', 'council member', 'cllr', 'cr', 'alderman', 'alderwoman', 'commissioner', 'trustee', 'selectman', 'selectwoman'];

/** A document-hosting or transcription site's furniture around the file it serves (text/listing.ts). */
export const EN_DOC_SITE = {
  /** A label with a count or an id after it: "Views: 1,234", "Document ID 5521". */
  counters: ['views', 'downloads', 'pages', 'document id', 'resource id', 'file size', 'uploaded by', 'uploaded on'],
  /** A button or tab alone on its line. */
  buttons: ['transcription', 'transcribe', 'transcript', 'download', 'download pdf', 'download now', 'download file', 'embed', 'report', 'view more', 'save', 'print', 'share', 'share this document', 'share this page', 'related documents', 'similar documents', 'more documents', 'view full text', 'full text', 'read more', 'open in new window', 'fullscreen', 'zoom in', 'zoom out'],
};

/** A prayer read at a council's opening ("Almighty God, / Help Councillors to govern … / Amen."): its lines decide nothing. */
export const EN_PRAYER_OPENS = ['almighty god', 'almighty and everlasting god', 'heavenly father', 'gracious god', 'gracious lord', 'eternal god', 'loving god', 'dear lord', 'dear god', 'o lord', 'o god', 'lord god', 'our father', 'let us pray'];
export const EN_PRAYER_ENDS = ['amen'];

/** One-word headings of an agenda's items ("1. Welcome", "2. Apologies"): never one person's name in a numbered list. */
export const EN_AGENDA_WORDS = ['welcome', 'apologies', 'minutes', 'adjournment', 'adjourn', 'opening', 'prayer', 'attendance', 'agenda', 'introductions', 'introduction', 'reports', 'report', 'correspondence', 'finance', 'finances', 'business', 'closure', 'close', 'quorum', 'announcements', 'updates', 'update', 'discussion', 'questions', 'other', 'aob', 'actions', 'present', 'absent', 'none', 'nil'];

/** A mover and seconder printed in brackets after an outcome ("(proposed by X, seconded by Y)", "(Prop: X; Sec: Y)"). */
export const EN_ASIDE_MOVER = ['proposed by', 'proposed', 'moved by', 'moved', 'prop', 'prop.', 'proposer', 'mover', 'nominated by'];
export const EN_ASIDE_SECONDER = ['seconded by', 'seconded', 'second by', 'second', 'sec', 'sec.', 'seconder', '2nd'];
/** What a bracketed motion's sentence records as done ("all four were duly re-elected (proposed by …)"). */
export const EN_ASIDE_OUTCOMES = ['approved', 'adopted', 'accepted', 'agreed', 'carried', 'confirmed', 'elected', 're-elected', 'appointed', 're-appointed', 'reappointed', 'ratified', 'endorsed', 'passed'];
/** Heads of a table of motions ("Motion Text | Moved by | Seconded by | Status"). */
export const EN_MOTION_COLUMNS = {
  text: ['motion', 'motions', 'motion text', 'text of motion', 'motion wording', 'resolution', 'resolutions', 'proposal', 'proposals'],
  mover: ['moved by', 'moved', 'mover', 'proposed by', 'proposed', 'proposer', 'moving'],
  seconder: ['seconded by', 'seconded', 'seconder', 'second', 'seconding'],
  result: ['status', 'result', 'outcome', 'vote', 'voting', 'carried/lost', 'carried / lost', 'passed/failed', 'decision'],
} as const;
/** A meeting's procedure opening an item, which an "X to do" reading would take for an action ("Call to order at 7pm"). */
export const EN_PROCEDURE_LINES = ['call to order', 'called to order', 'calls to order', 'return to open session', 'return to regular session', 'return to public session', 'welcome to new members'];

/** Words that point a title-like line at another meeting than this one (fields/title-other-meeting.ts). */
export const EN_OTHER_MEETING = {
  earlier: ['previous', 'prior', 'preceding', 'last'],
  later: ['next', 'following', 'upcoming'],
};

/**
 * A line about the record, not its heading: who took it ("Minutes taken by the Secretary, …", "Minutes by NB."),
 * what was done to it ("These minutes have been converted …"), where it is kept ("Minutes Google Doc: <url>",
 * "Click here to download a .pdf of these minutes"). The verbs after "minutes", the words before it, the
 * words a link's caption opens with.
 */
export const EN_RECORD_ABOUT = {
  madeBy: ['taken', 'typed', 'typed up', 'recorded', 'written', 'written up', 'prepared', 'transcribed', 'compiled', 'scribed', 'kept', 'submitted', 'drafted', 'edited'],
  these: ['these', 'this', 'the original', 'the secretary’s', "the secretary's", 'original'],
  link: ['click', 'download', 'view', 'open', 'read', 'see'],
};

/**
 * The keys of an attendance block a template prints apart from the record's text (W3C scribe minutes:
 * "Present / Regrets / Chair / Scribe" in a list above the minutes): two of them mark the block.
 */
export const EN_ATTENDANCE_BLOCK_KEYS = ['present', 'attendees', 'attending', 'in attendance', 'regrets', 'apologies', 'absent', 'chair', 'chairs', 'co-chairs', 'chairperson', 'scribe', 'scribes', 'minute taker', 'guests', 'observers'];

/**
 * A body's own summary of its meeting, published for members ("Summary of December Board Meeting",
 * "Session Meeting Highlights"): the summary words, the bodies that meet, and the outcomes its items
 * state with the body as subject ("Session approved …") or done to someone ("X has been elected").
 */
export const EN_MEETING_SUMMARY = {
  words: ['summary', 'highlights', 'recap', 'key points', 'outcomes', 'decisions'],
  bodies: ['board', 'session', 'council', 'committee', 'executive', 'executive committee', 'vestry', 'trustees', 'directors', 'elders', 'deacons', 'consistory', 'parish council', 'church council', 'leadership team', 'management committee', 'governors', 'pcc'],
  acts: ['approved', 'agreed', 'decided', 'resolved', 'voted', 'elected', 'appointed', 'adopted', 'accepted', 'endorsed', 'ratified', 'proposed', 'confirmed', 'authorised', 'authorized'],
  doneTo: ['elected', 're-elected', 'appointed', 'approved', 'adopted', 'accepted', 'reactivated', 'co-opted', 'confirmed', 'ratified', 'endorsed', 'authorised', 'authorized', 'received into membership'],
} as const;

/**
 * Informal meeting notes (a project's, club's or team's): what the heading calls the meeting, the
 * line that says it met, the count of who came, and the labels an outcome stands under.
 */
export const EN_NOTES = {
  meetings: ['meeting', 'meetings', 'call', 'sync', 'standup', 'stand-up', 'retro', 'retrospective', 'notes', 'minutes', 'session', 'huddle', 'check-in', 'catch-up', 'agm', 'sgm', 'egm'],
  held: ['met on', 'met at', 'met via', 'met online', 'meeting was held', 'meeting started at', 'meeting ended at', 'meeting closed at', 'meeting adjourned at', 'call ended at'],
  people: ['ppl', 'people', 'persons', 'participants', 'attendees', 'members'],
  attended: ['attended', 'present', 'joined', 'were present', 'took part', 'participated'],
  outcomeLabels: ['decision', 'decisions', 'decided', 'agreed', 'outcome', 'outcomes', 'conclusion', 'resolution', 'resolved', 'action', 'actions', 'action item', 'action items'],
  outcomes: ['agreed', 'decided', 'approved', 'general consensus', 'consensus was', 'consensus to', 'voted', 'elected', 'accepted', 'adopted', 'resolved'],
  /** "Sophie and Zack will prepare …", "Alex to draft …": a name, one of these, then a verb of work (EN_TASK_VERBS). */
  taskLinks: ['will', 'to', 'agreed to', 'volunteered to', 'offered to', 'is going to', 'will also'],
} as const;

/**
 * Words naming a way of taking part that minutes print as a group of its own beside the list
 * ("Joining: X", "Via Telecon: A, B", "Online: C", "Remote attendees: D"): those people attended too.
 */
export const EN_ATTEND_MODES = ['joining', 'joined', 'joined late', 'joined later', 'late', 'arrived late', 'online', 'on line', 'remote', 'remotely', 'remote attendees', 'via telecon', 'via teleconference', 'via phone', 'via zoom', 'via video', 'via skype', 'by phone', 'by telephone', 'by video', 'by zoom', 'dial-in', 'dial in', 'dialled in', 'dialed in', 'on the phone', 'on the call', 'virtual', 'virtually', 'in person', 'in the room', 'video', 'teleconference', 'telecon', 'zoom', 'also attending', 'also present', 'also joined', 'participants', 'attendees', 'present', 'attending', 'in attendance'];

/** An entry standing where names would, saying no one is in the group ("Absent: None", "Guests: Nil"). */
export const EN_NO_ONE = ['none', 'nil', 'n/a', 'na', 'no one', 'nobody', 'vacant', 'none present', 'none noted'];

/** Group words that open the next attendance label in a run-on line ("… Larson Members Absent: …"). */
export const EN_GROUP_WORDS = ['members', 'staff', 'trustees', 'directors', 'councillors', 'councilors', 'councilmembers', 'commissioners', 'officers', 'officials', 'guests', 'visitors', 'others', 'also'];

/**
 * Words that stand after an agenda item where an owner's name would but name no one ("Welcome – Chair",
 * "Updates - All"), and a guide's words after an outcome label ("Decision: write down …") (result/titled-notes.ts).
 */
export const EN_TITLED_NOTES = {
  notOwners: ['All', 'Everyone', 'Chair', 'Chairman', 'Chairperson', 'Secretary', 'Treasurer', 'President', 'Team', 'Group', 'Members', 'Staff', 'Board', 'Committee', 'TBD', 'Tbd', 'Other', 'Others', 'Notes', 'Summary', 'Overview', 'Introduction', 'Discussion', 'Update', 'Updates', 'Minutes', 'Agenda', 'Part', 'Page', 'Section', 'Appendix'],
  described: ['write', 'record', 'list', 'describe', 'enter', 'insert', 'note down', 'state', 'include', 'summarise', 'summarize', 'what was'],
} as const;

/** Verbs of a sentence that only records who seconded a motion ("Jordan seconded.", "Nordquist supported."). */
export const EN_SECONDING_VERBS = ['seconded', 'seconds', 'supported', 'supports'];
/** Words that make a seconding sentence record the outcome too ("… seconded and it carried"). */
export const EN_SECONDING_OUTCOMES = ['carried', 'carries', 'passed', 'passes', 'adopted', 'approved', 'resolved', 'agreed', 'unanimously'];
/** Who agreed, where a note names no body: "All agreed to …", "Everyone agreed that …". */
export const EN_AGREEING_ALL = ['all', 'everyone', 'everybody', 'all present', 'all members', 'we', 'the group', 'group', 'unanimously', 'it was unanimously', 'it was'];
/** The verbs of an agreement told with no body as subject ("Agreed to keep …", "Decided that …"). */
export const EN_AGREEING_VERBS = ['agreed', 'decided', 'agree', 'decide'];
/** Words a note answers an empty part with ("Nothing to report", "Action items: None"). */
export const EN_NIL_WORDS = ['nothing', 'none', 'nil', 'n/a', 'no report', 'no update', 'no updates', 'no new business'];
/** What there was none of: "Nothing to report", "None to discuss", "Nothing to add to agenda". */
export const EN_NIL_VERBS = ['report', 'discuss', 'add', 'talk about', 'note', 'raise', 'declare', 'say', 'share', 'update on'];
/** Words after a nil answer that keep it one: "Nothing new this week", "None reported". */
export const EN_NIL_AFTER = ['at this time', 'this week', 'this month', 'this time', 'this meeting', 'reported', 'noted', 'raised', 'declared', 'received', 'to date'];
/** Bare outcomes after the minutes named as an item's topic ("Minutes of last meeting: were approved"). */
export const EN_MINUTES_TOPIC_OUTCOMES = ['approved', 'agreed', 'adopted', 'accepted', 'confirmed', 'signed', 'ratified'];

/**
 * A body's rules for its meetings (result/meeting-rules.ts): the names its heading gives them
 * ("Standing Orders p2", "Rules of Procedure", "Terms of Reference"), and the norm its items state
 * ("Minutes … shall be signed") where a record states what was done.
 */
export const EN_MEETING_RULES = {
  kinds: ['standing orders', 'standing order', 'rules of procedure', 'procedural rules', 'procedure rules', 'rules of debate', 'terms of reference', 'by-laws', 'bylaws', 'byelaws', 'constitution', 'code of conduct', 'articles of association', 'meeting procedures', 'council procedure rules', 'committee procedure rules'],
  norms: ['shall', 'must not', 'shall not', 'may not'],
};

/** Past participles not made with -ed or -en, for "That the by-law be read and passed", "THAT the fee be paid". */
export const EN_IRREGULAR_PARTICIPLES = ['read', 'paid', 'held', 'set', 'put', 'sent', 'made', 'kept', 'sold', 'left', 'cut', 'built', 'laid', 'spent', 'bought', 'brought', 'sought', 'lent', 'let', 'struck', 'upheld', 'withheld', 'met', 'won', 'told', 'shut', 'run', 'bound', 'found', 'heard'];

/**
 * Last words of a club's or a society's own name, as a title names it before its meeting
 * ("Harrogate Male Voice Choir Committee Meeting", "Minot Soccer Association Board Meeting").
 */
export const EN_SOCIETY_ENDS = ['Club', 'Society', 'Association', 'Group', 'Foundation', 'Union', 'Federation', 'League', 'Guild', 'Alliance', 'Institute', 'Congregation', 'Fellowship', 'Circle', 'Network', 'Choir', 'Chorus', 'Chorale', 'Band', 'Orchestra', 'Singers', 'Players', 'Legion', 'Co-op', 'Cooperative', 'Inc', 'Inc.', 'Incorporated'];
/** A body known by its number after one of these words: "VFW Post 8600", "NFU Local 362", "Branch 110". */
export const EN_NUMBERED_UNITS = ['Post', 'Branch', 'Local', 'Lodge', 'Chapter', 'Unit', 'Troop', 'Division', 'Camp'];

/**
 * Words before "Minutes" in a title that name a sitting, a team or a step of business, not the body the
 * record is of ("Work Session Minutes", "Social Team Minutes", "Approval of …"), beside EN_SITTING_KINDS.
 */
export const EN_NOT_A_BODY_NAME = ['work', 'session', 'sessions', 'workshop', 'study', 'meeting', 'hearing', 'retreat', 'closed', 'open', 'public', 'team', 'teams', 'panel', 'forum', 'approval', 'steering', 'social', 'action', 'working', 'membership', 'members', 'executive'];

/** Days told from the writer's morning after: a story's words for when the meeting sat, never a record's, which dates it. */
export const EN_SINCE_DAYS = ['last night', 'last evening', 'yesterday', 'yesterday morning', 'yesterday afternoon', 'yesterday evening'];

/** How a meeting went, told for readers: turnout and tone, words an account uses and a record does not (result/news-account-en.ts). */
export const EN_NEWS_VOICE = {
  turnout: ['good turnout', 'strong turnout', 'great turnout', 'record turnout', 'excellent turnout', 'large turnout', 'healthy turnout', 'poor turnout', 'good turn-out', 'strong turn-out', 'record attendance', 'full house', 'record number of members', 'well attended', 'well-attended'],
  tone: ['kicked off', 'great success', 'was a success', 'successful AGM', 'successful meeting', 'successful evening', 'lively meeting', 'lively discussion', 'enjoyable evening', 'thoroughly enjoyed', 'were delighted', 'was delighted', 'last night', "this year's AGM", 'this years AGM', 'this year’s AGM'],
};

/**
 * The words on a line under a roll: a heading's, an item's or a sentence's say the roll has ended,
 * a post or honorific before a name says it goes on (result/roll-goes-on.ts).
 */
export const EN_UNDER_ROLL = {
  heads: ['call', 'order', 'welcome', 'opening', 'prayer', 'apology', 'apologies', 'minutes', 'agenda', 'meeting', 'business', 'report', 'reports', 'present', 'absent', 'excused', 'also', 'staff', 'guests', 'public', 'attendance', 'declaration', 'declarations', 'item', 'items', 'approval', 'quorum', 'introduction', 'introductions', 'roll', 'pledge', 'chair', 'matters', 'finance', 'correspondence', 'notes', 'rules', 'subject', 'topic'],
  /** A sentence's small words. */
  sentence: ['the', 'was', 'were', 'is', 'are', 'has', 'had', 'will', 'to', 'of'],
  /** A post or an honorific before a name under the roll. */
  honorifics: ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Cllr', 'Councillor', 'County Councillor', 'Cr'],
} as const;
