import type { SectionRole } from '../model/types.js';

// The chapters that close a plan, which stand alone after a chapter of tasks: how it is to be carried out.
export const CHAPTER_NAME = /^(?:保障措施|保障机制|工作保障|组织保障|组织实施|实施保障|工作要求|有关要求|工作步骤|实施步骤|推进步骤|进度安排|时间安排|工作安排|监督考核|考核评估)$/;

// The chapters that close a plan by saying how it is carried out, named so (see CHAPTER_NAME), and the catch-all that
// ends a text (其他: 本方案自印发之日起执行…). With no item under them they state no task: one paragraph of who organises,
// funds and checks the work (五、组织实施 / 工业和信息化部会同有关部门做好规划的组织实施…, 三、组织领导 / 成立…联席会议…).
const LEAF_CLOSING = /^(?:组织领导|领导机制|实施机制|工作机制|推进机制|其他|其它|其他事项)$/;

/**
 * Whether a chapter with no item under it is one that closes a plan (保障措施, 组织实施, 工作要求, 组织领导, 实施机制,
 * 其他): its paragraphs say how the plan is carried out, which a reader counts as no task, as the development set's
 * annotations have it for every such chapter (real 22, 24, 26, 32).
 *
 * @param title The chapter's heading without its label.
 * @returns `true` for such a name, whole.
 */
export function closesPlan(title: string): boolean {
  const t = title.replace(/[“”"‘’\s\u3000：:]/g, '');
  return CHAPTER_NAME.test(t) || LEAF_CLOSING.test(t);
}

// A closing chapter named by the work of carrying the plan out: a verb and what a closing chapter's name says (抓好工作落实,
// 强化组织保障, 加强组织领导, 加强宣传引导, 严格督查考核).
const CLOSING_WORK = /^(?:切实|进一步|全面)?(?:加强|强化|抓好|狠抓|做好|压实|严格|健全|完善|确保|注重|营造)(?:组织领导|组织保障|组织实施|工作保障|要素保障|贯彻落实|工作落实|责任落实|督查考核|督导检查|督促检查|考核督导|监督考核|督查问效|宣传引导|舆论宣传|宣传报道|宣传动员|良好氛围|舆论氛围)$/;

/**
 * Whether a chapter with no item under it names the work of carrying the plan out with a verb (四、抓好工作落实 / 各区县
 * 民政部门要对照工作要点…): after chapters of items it closes the plan as 保障措施 does, and states no task. Where every
 * chapter is one paragraph (a notice's 一、稳定粮食播种面积。… 四、加强组织领导。…), it is a measure among measures, and
 * the caller does not ask.
 *
 * @param title The chapter's heading without its label.
 * @returns `true` for such a name, whole.
 */
export function closesWork(title: string): boolean {
  return CLOSING_WORK.test(title.replace(/[“”"‘’\s\u3000：:]/g, ''));
}

// The frame of an assessment (考核办法, 考评方案) named so: whom it assesses, on what, how, and what its results are used for.
// Note: only with no item under them; an assessment's chapter of items (考核内容's scored articles, 考核方式's steps) is
// left to the rule of chapters.
const ASSESSMENT_FRAME = /^(?:考核|考评|评价|评估|考核评价)(?:对象|范围|内容|方式|方法|程序|步骤|等次|结果运用|结果应用)$|^结果(?:运用|应用)$/;

/**
 * Whether a chapter with no item under it frames an assessment (一、考评对象 / 各旗县区人民政府…, 二、考评内容 / 《…》确定的
 * 重点任务, 三、考核程序 / 年底前由…组织考核组…, 四、考评结果应用 / 考评结果全市通报…): it states whom and what the
 * assessment covers, how it is done and what follows from it, which a reader counts as no task (real 02's 考评办法
 * annotates none).
 *
 * @param title The chapter's heading without its label.
 * @returns `true` for such a name, whole.
 */
export function framesAssessment(title: string): boolean {
  return ASSESSMENT_FRAME.test(title.replace(/[“”"‘’\s\u3000：:]/g, ''));
}

// Note: a short heading that is a kind of goal (行动目标, 建设目标, 三年目标, 总体要求和目标) states goals too; a longer one
// ending in 目标 is a task (实现碳达峰目标).
const GOALS = /^(?:主要|总体|发展|工作|预期|规划|年度)?目标$|(?:主要目标|总体目标|发展目标|工作目标|预期目标|总体要求|目标要求)$|^[\u4e00-\u9fff]{1,4}目标$|远景目标$|^(?:工作|总体|主要)?(?:目标和原则|目标与原则|要求和目标|要求与目标)$/;
// A heading that names goals and tasks together (一、目标任务, 工作目标任务): over items it may list either, but with no item
// under it its paragraphs state what is to be reached (到2024年底，全县接待游客突破800万人次…), as a goals chapter's do.
const GOALS_AND_TASKS = /^(?:工作|主要|总体)?(?:目标任务|任务目标|目标和任务|目标与任务|目标及任务)$/;
// The words of a verb that make a heading ending in 目标 a task (实现…目标, 完成年度目标).
const GOAL_VERB = /^(?:实现|完成|确保|围绕|聚焦|锚定|对标|达成|推进|落实|紧扣)/;

// Note: only compound words, since a task chapter can end in 基础 or 环境 (夯实数据基础, 优化营商环境).
// Note: 总则 and 附则 open and close a text set out in articles (第一条 为…制定本方案; 第十条 本方案自印发之日起施行): its purpose, scope and entry into force, no task.
// Note: so is the account of work done that a 工作总结和工作计划 (a 街道's, a 局's year or half-year) sets before its plan
// (一、2024年工作总结, 一、上半年工作开展情况, 2024年目标任务完成情况, 取得的成效): what was done, no task.
const CONTEXT = /(?:发展基础|工作基础|现实基础|基础条件|发展现状|现状分析|形势|形势分析|态势|发展环境|环境与机遇|机遇与挑战|瓶颈与挑战|面临挑战|总体思路|指导思想|基本原则|背景|发展成效|主要成效|发展成就|主要成就|回顾|重要意义|编制依据|总则|附则|工作总结|(?:开展|进展|完成)情况|工作成效|取得的?(?:主要)?成效|(?:基础|现状|成就|成效)[和与及、](?:环境|形势|挑战|机遇|问题))$/;
// A verb of work opening a heading whose object is a frame's name (优化民营经济发展环境, 夯实产业发展基础, 持续优化发展环境):
// the chapter does that work, as 若干措施 and 实施意见 title a chapter of measures for the environment; 把握发展形势 and
// 面临形势 frame it and stay context.
const WORK_VERB = /^(?:持续|着力|加快|不断|大力)?(?:优化|营造|改善|打造|提升|夯实|筑牢|巩固|厚植|构建|创优|净化|强化|完善|加强|深化|培育|壮大|推动|推进|维护|保护)/;
// Note: so is a heading that is only the scope or terms of a plan (适用范围, 规划期限, 名词解释), the principles it follows
// under another name (工作原则), its significance (重大意义) or the problems it starts from (存在问题): what frames the work.
// Whole headings only: 集中解决主要问题 is work.
// Note: and the problems such an account ends with (存在的问题, 存在的困难和问题, 问题和不足), whole.
const CONTEXT_WHOLE = /^(?:(?:工作|主要|实施|编制|规划|总体)原则|(?:适用|实施|规划|工作|整治)范围|(?:规划|实施)期限|规划范围[和与及]期限|名词解释|术语和定义|基本情况|存在问题|主要问题|问题与挑战|重大意义|编制说明|(?:存在的?|面临的?)?(?:主要)?(?:问题|困难|不足|短板)(?:[和与及、](?:问题|困难|不足|短板|挑战))?)$/;

/**
 * What a section holds, judged from its heading: goal statements, context
 * (background, environment, principles) or, by default, tasks.
 *
 * Context is read only from a heading that heads something: a section with
 * items below it, or a chapter. An item titled 夯实量子信息产业发展基础 is a task.
 *
 * @param title A section heading without its label.
 * @param headsItems Whether the heading has items below it or is a chapter (一、, 第一章).
 * @param leaf Whether no item stands below it.
 * @returns The role, or `null` to inherit the enclosing section's.
 */
export function sectionRole(title: string, headsItems: boolean, leaf = false): SectionRole | null {
  // Note: PDF text may space a heading's characters out (总 体 目 标).
  const t = title.replace(/[“”"‘’\s\u3000]/g, '');
  if (GOALS.test(t) && !GOAL_VERB.test(t)) return 'goals';
  if (leaf && GOALS_AND_TASKS.test(t)) return 'goals';
  // Note: a two-clause heading is a task chapter when its first clause is (强化源头防控，夯实绿色发展基础).
  // Note: the first clause by index, not split(/[，,]/), which runs the pattern once per character.
  const wide = t.indexOf('，');
  const narrow = t.indexOf(',');
  const cut = wide < 0 ? narrow : narrow < 0 ? wide : Math.min(wide, narrow);
  const head = cut < 0 ? t : t.slice(0, cut);
  if (headsItems && head.length <= 24 && ((CONTEXT.test(head) && !WORK_VERB.test(head)) || CONTEXT_WHOLE.test(head))) return 'context';
  return null;
}

// The parts of a goals chapter that state its frame, not its goals, named whole (总体要求 → 指导思想, 基本原则, 主要目标).
const FRAME = /^(?:指导思想|基本原则|总体思路|发展思路|工作思路|基本思路|(?:工作|主要|实施|总体)原则)$/;

/**
 * Whether a part of a goals chapter with no items under it states the chapter's frame (its thinking or principles)
 * rather than its goals: a heading that is that name alone. A longer one (夯实量子信息产业发展基础) is a goal's.
 *
 * @param title The part's heading without its label.
 * @returns `true` for such a heading.
 */
export function framesGoals(title: string): boolean {
  return FRAME.test(title.replace(/[“”"‘’\s\u3000]/g, ''));
}
