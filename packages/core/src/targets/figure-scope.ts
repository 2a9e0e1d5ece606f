import { sentenceAround } from './figure-context.js';
import type { Quantity } from './quantity.js';

/**
 * What a quantity is when it is neither a commitment nor a report of its own:
 * - `skip`: no figure to keep: a frequency (每5年修订1次), a size threshold that picks what a
 *   task covers (5万亩以上的大中型灌区, 收入过200亿元的软件产业集群, 超过1000人规模的学校), or the
 *   old value of a change (由20路提升至300路), or the amount or rate of a subsidy a policy grants
 *   (给予一次性奖补100万元, 最高1000万元, 按投资额30%的比例给予奖补);
 * - `indicator`: a figure the text builds on, reached already: 12000元的基础上, 以8个国家算力枢纽…为抓手.
 */
export type Scope = 'skip' | 'indicator' | null;

// A change's old value: 由单批次20路提升至300路, 由2024年的85%提高到98%, 从2024年的28%提高到35%.
// Note: PDF text may space the figure from 由 (由 62%提高到 81%).
// Note: 从 right before the figure is the same (覆盖率从80%提高到85%); 从 before words (从业人员) opens a noun.
const FROM_VALUE = /(?:由[\u4e00-\u9fff]{0,5}|(?:由|从)[0-9０-９]{4}年(?:底|末)?的?|从)\s?$/;
// A period before a count of times makes it a frequency: 每年调整1次, 每5年修订1次, 每季度开展2次.
const PER_PERIOD = /每(?:[\d一二两三四五六七八九十]+)?(?:个)?(?:年|季度|季|月|周|天|日)/;
// Measures that size what a task covers when 的 follows them: money, area, people, mass …; a count
// (建成500个以上…的) or a share (50%以上的文化馆) is what the task delivers.
const SIZE_FAMILIES = new Set(['money', 'area', 'people', 'mass', 'volume', 'energy', 'power', 'length', 'age']);
const SIZE_AFTER = /^(?:以上|以下|及以上)?(?:规模)?的/;
// A policy's grants: an amount or rate of money given (若干政策, 若干措施), which no one is to reach.
// Note: only the grant's own verbs; 补助标准提高30元 and 奖励性绩效占比不低于70% are commitments.
const GRANT = /给予|奖补|贴息|资助/;
const GRANTED_FAMILIES = new Set(['money', 'percent']);
// A grant whose verb takes the amount itself (对新认定的高新技术企业奖励20万元, 每家一次性补助5万元, 补贴最高200万元):
// the policy names its recipient, fronted by 对 or counted by 每, as a grant with 给予 does.
// Note: without a recipient the amount may be what the plan is to pay out (发放创业补贴1000万元), so that stays.
const GRANT_VERB_BEFORE = /(?:奖励|奖补|补助|补贴|资助)(?:资金)?(?:一次性|最高|最多|不超过|合计|累计|分别)*\s*$/;
const GRANT_RECIPIENT = /^[\s\u3000]*对|每(?:家|个|户|人|项|台|套|所|名)/;
// A rule of reckoning, not a level to reach: 按…标准的70%执行, 按土地出让收入的10%计提, 按评估价的50%收取.
const RECKONED_BY = /按[^，,；;。]{0,40}$/;
const RECKONING_AFTER = /^(?:的比例|比例)?(?:执行|计算|计提|计取|收取|征收|缴纳|核定|核算|返还|拨付|确定)/;

// A change stated without a figure after a count that is its clause's subject: …控制单元等40个单元由Ⅳ类升为Ⅲ类,
// …等14个单元总磷浓度下降. The change is what each member is to reach; the count only tallies the members.
const CHANGE_AFTER = /^[\u4e00-\u9fff]{0,12}?(?:由[^，,；;。\d]{1,10}?(?:升|降|提升|提高|降低|改善|转|调整)(?:为|至|到)|[\u4e00-\u9fff、]{0,16}?(?:浓度|比例|比重|指数|水质)(?:下降|上升|降低|提高|改善|好转)(?![^，,；;。]*\d))/;
// A rank that picks a set (空气质量排名较差的前10位城市, 排名前三名的企业); 进入前10位 at the clause's end is a rank to reach.
const RANK_UNITS = new Set(['位', '名']);
// An object fronted by 对 whose verb takes charge of what exists: 对1436个…自动监测站、96个区域站…，承担管理职责.
const TAKES_CHARGE = /承担[^，,；;。]{0,6}职责|运行维护|运维管理|日常管理/;

// The rules of an assessment's scores (考核办法, 评分细则, the 考核 chapters of many plans): a score a rule awards or
// deducts (得10分, 扣2分, 加0.5分), the scale's whole (满分100分, 总分100分, and the parts of it the same sentence shares
// out: 其中定量指标60分) and the band of a grade (90分以上为优秀, 70分至84分为合格). No one is to reach them; a score that
// is a level to reach (游客满意度保持在90分以上) has none of these words around it.
const SCORE_RULE_BEFORE = /(?:满分|总分|得|扣|加|减|计|赋)$/;
const SCORE_SCALE = /满分|总分|百分制/;
const GRADE_AFTER = /^的?(?:为|评为|定为|评定为|确定为)(?:优秀|良好|合格|不合格|基本合格|称职|基本称职|不称职|较好|一般|较差|差|[优良中差ABCD](?:等|级|档)?)/;
// A condition that earns a score (增速达到8%以上的得10分, 普及率达到90%以上得5分): the figure says when the score is given.
const EARNS_SCORE = /^的?(?:(?:得|计|加|可得)[0-9.]+分|得满分)/;
// The weight an assessment gives an item (经济发展指标权重为40%, 权重不低于5%, 分值占比不低于25%, 权重分别为40%、30%,
// 按40%权重计入, 占总分的15%, and a part's share of its group, 占经济发展指标的30%, where the paragraph speaks of weights):
// 考核 plans and the 考核 chapters of work plans share out their scores so. No one is to reach a weight; a share to reach
// (占地区生产总值比重) has none of these words.
const WEIGHT_BEFORE = /(?:(?:权重|分值占比|分值比重)(?:分别)?(?:为|是|占|设为|设置为)?|占[^，,；;。]{0,12}(?:总分|满分|总分值|分值|权重)的?)[\d.%％、\s]*$/;
const GROUP_SHARE_BEFORE = /占[^，,；;。]{1,12}指标的?$/;

function weighs(text: string, before: string, after: string): boolean {
  if (WEIGHT_BEFORE.test(before) || /^(?:的)?权重/.test(after)) return true;
  return GROUP_SHARE_BEFORE.test(before) && /权重/.test(text);
}

// A step of a rule (每低0.5个百分点扣1分, 每增加1个百分点奖励…): the figure after 每 and a change measures the step.
const RULE_STEP = /每(?:低|高|少|多|超|超过|增加|减少|下降|提高|降低|上升)$/;

// A figure after 以 that the clause then calls its base: 以8个国家算力枢纽、10个国家数据中心集群为抓手.
const BASE_AFTER = /^[^，,。；;]{0,30}为(?:抓手|依托|重点|核心|基础|载体|支撑|突破口|龙头)/;

/**
 * Tell what a quantity is from the words around it in its clause.
 *
 * @param text The paragraph.
 * @param q The quantity.
 * @param clause Its clause's span in `text`.
 * @param others The other quantities of the paragraph.
 * @returns `skip`, `indicator`, or `null` when the words around it say nothing.
 */
export function scopeOf(text: string, q: Quantity, clause: { from: number; to: number }, others: readonly Quantity[] = []): Scope {
  const before = text.slice(clause.from, q.boundFrom);
  const after = text.slice(q.boundTo, clause.to);
  if (FROM_VALUE.test(before)) return 'skip';
  // Note: an address (地址：…路88号3栋, 办公地址：…大厦12层) or a postcode line holds numbers and measure words, no figure.
  if (/(?:地址|住所|地点|邮编|邮政编码)[:：]\s*$/.test(text.slice(Math.max(0, clause.from - 8), clause.from))) return 'skip';
  // Note: a web page's counters (浏览次数：1386次, 访问量：25,436次), copied with the plan, count readers, not a figure of it.
  if (/(?:浏览|阅读|点击|访问|查看)(?:次数|人次|量|数)[:：]\s*$/.test(text.slice(Math.max(0, q.boundFrom - 8), q.boundFrom))) return 'skip';
  // A condition (二氧化硫含量大于3.5%的烟气), a radius (1公里内有居民), a bare threshold (常住人口300万以上城市).
  if (/(?:大于|小于)$/.test(text.slice(clause.from, q.from)) && /^的/.test(text.slice(q.boundTo))) return 'skip';
  if ((q.unitFamily === 'length' || q.unitFamily === 'area') && text[q.to] === '内') return 'skip';
  // Note: a share in words before its noun (三成以上义务教育学校达到…) is the share to reach, no threshold.
  if (q.unit === '' && q.unitFamily !== 'fraction' && /^(?:以上|以下)[\u4e00-\u9fff]/.test(text.slice(q.to)) && !/^(?:以上|以下)的/.test(text.slice(q.to))) return 'skip';
  // A count that scopes a measure later in its clause (全国338个城市细颗粒物年均浓度为50微克/立方米,
  // 1940个国控断面Ⅰ—Ⅲ类比例提高至66%): the measure is the figure, the count says where it holds.
  // Note: a share before 的 scopes the same way: 将70%的降雨就地消纳的土地面积达到建成区面积的20%以上.
  if ((q.unitFamily === 'count' && q.unit !== '') || (q.unitFamily === 'percent' && /^的/.test(text.slice(q.boundTo)))) {
    // Note: a measure that is itself a size threshold (收入过200亿元的) scopes nothing: 培育5个以上收入过200亿元的集群 counts clusters.
    const measure = others.find((r) => r.from >= q.to && r.from < clause.to && !['count', 'people'].includes(r.unitFamily) && r.unit !== '' && !SIZE_AFTER.test(text.slice(r.to)));
    const between = measure ? text.slice(q.boundTo, measure.boundFrom) : '';
    // Note: a list (8个枢纽、10个集群; 100个农用地和100个建设用地) is no scope.
    if (measure && !/、/.test(between) && !/[和及与]\s*$/.test(between)) return 'skip';
  }
  if (q.unit === '次' && q.comparator === null && PER_PERIOD.test(before)) return 'skip';
  if (RULE_STEP.test(text.slice(Math.max(0, q.boundFrom - 4), q.boundFrom))) return 'skip';
  if (EARNS_SCORE.test(text.slice(q.boundTo, q.boundTo + 8))) return 'skip';
  if (q.unit === '分' && /占$/.test(before)) return 'skip';
  if (q.unitFamily === 'percent' && weighs(text, before, text.slice(q.to, q.to + 4))) return 'skip';
  if (q.unit === '分') {
    const sentence = sentenceAround(text, q.from, q.to);
    if (SCORE_RULE_BEFORE.test(text.slice(Math.max(0, q.boundFrom - 2), q.boundFrom)) || GRADE_AFTER.test(text.slice(q.boundTo, q.boundTo + 8))) return 'skip';
    if (SCORE_SCALE.test(text.slice(sentence.from, sentence.to))) return 'skip';
  }
  if (RANK_UNITS.has(q.unit) && /前$/.test(before) && /^[的\u4e00-\u9fff]/.test(text.slice(q.to))) return 'skip';
  if (q.unitFamily === 'count' && q.unit !== '' && q.comparator === null) {
    // Note: only a count that opens its clause or tallies a list before it (A、B等N个) is the clause's subject;
    // after a verb (推动16市全部达到…标准) the count is what the task delivers.
    if (/(?:^|等)$/.test(before.trim()) && CHANGE_AFTER.test(text.slice(q.to, clause.to))) return 'skip';
    const sentence = sentenceAround(text, q.from, q.to);
    const rest = text.slice(q.boundTo, sentence.to);
    // Note: a place a measure applies in (在…16个省份实施…总量控制) that the text then names in full (包括：北京市、
    // 天津市…): the count tallies the named list, and the commitment is the measure there. This holds for any plan
    // that lists where a measure applies; without the list (在10个左右…领域开展职业培训) the count is still a target.
    if (/^在/.test(text.slice(clause.from, q.from).trim()) && /包括[：:]/.test(rest)) return 'skip';
    // Note: assets a body takes charge of (事权上收: 对…监测站…，承担管理职责) exist already, whatever the plan: the counts
    // are an inventory, not a deliverable. 对32座一线水闸进行…达标建设 builds, and stays a target.
    if (/^对/.test(text.slice(sentence.from, q.from).trim()) && TAKES_CHARGE.test(rest)) return 'skip';
  }
  if (/^的?基础上/.test(after)) return 'indicator';
  if (GRANTED_FAMILIES.has(q.unitFamily)) {
    const sentence = sentenceAround(text, q.from, q.to);
    if (GRANT.test(text.slice(sentence.from, sentence.to))) return 'skip';
    if (GRANT_VERB_BEFORE.test(before) && GRANT_RECIPIENT.test(text.slice(sentence.from, q.from))) return 'skip';
    if (q.unitFamily === 'percent' && RECKONED_BY.test(text.slice(sentence.from, q.boundFrom)) && RECKONING_AFTER.test(after.trimStart())) return 'skip';
  }
  if (SIZE_FAMILIES.has(q.unitFamily) && q.unit !== '' && SIZE_AFTER.test(text.slice(q.to))) return 'skip';
  // Note: an age joined to the people it names (30—70岁人群, 65岁及以上老年人, 0—3岁婴幼儿), as health, education and pension
  // plans name their groups, says whom the figure after it in the clause covers: that figure is the commitment.
  if (q.unitFamily === 'age' && /^(?:及以上|以上|及以下|以下)?[\u4e00-\u9fff]/.test(text.slice(q.to)) && others.some((r) => r.from >= q.boundTo && r.from < clause.to)) return 'skip';
  // Note: a size bound joined straight to a noun, without 的, grades that noun as well when a count of it follows in the
  // clause (引进5000万元以上产业项目50个, 培育10亿元以上龙头企业5家, 每千人口拥有3岁以下婴幼儿托位数达到4.5个): the count
  // or the rate is the commitment, the bound only says which ones count.
  if ((SIZE_FAMILIES.has(q.unitFamily) || q.unit === '') && /^(?:及以上|以上|以下)[\u4e00-\u9fff]/.test(text.slice(q.to)) && !/^(?:及以上|以上|以下)的/.test(text.slice(q.to))) {
    if (others.some((r) => r.from >= q.boundTo && r.from < clause.to && r.unitFamily !== q.unitFamily)) return 'skip';
  }
  // Note: a count bound the same way grades the noun when a count in another measure word of it follows (新建年出栏500头以上
  // 生猪规模养殖场20个, 培育年产能10万辆以上整车企业3家), as livestock and industry plans size farms and firms.
  if (q.unitFamily === 'count' && q.unit !== '' && /^(?:及以上|以上)[\u4e00-\u9fff]/.test(text.slice(q.to)) && others.some((r) => r.from >= q.boundTo && r.from < clause.to && r.unitFamily === 'count' && r.unit !== '' && r.unit !== q.unit)) return 'skip';
  // Note: what a plan removes is defined by its bound (消除56人以上大班额, 淘汰10蒸吨以下燃煤锅炉): the bound names what
  // goes, and no one is to reach it.
  if (/(?:消除|取缔|淘汰|关停|清零|化解|拆除|退出)[\u4e00-\u9fff]{0,8}$/.test(before) && /^(?:及以上|以上|以下)[\u4e00-\u9fff]/.test(text.slice(q.to))) return 'skip';
  // Note: so does a bound written before the figure (引进超10亿元项目3个以上, 营业收入过10亿元企业达到5家): 超/过 and a
  // noun right after the figure, then a count of that noun in the clause.
  if (SIZE_FAMILIES.has(q.unitFamily) && q.unit !== '' && /(?:超过|超|过|逾)$/.test(text.slice(clause.from, q.from)) && /^[\u4e00-\u9fff]/.test(text.slice(q.boundTo))) {
    if (others.some((r) => r.from >= q.boundTo && r.from < clause.to && r.unitFamily === 'count' && r.unit !== '')) return 'skip';
  }
  // Note: a money grade joined to a noun (新增千亿级集群2个) grades it as 以上 does: the count is the commitment.
  if (/级$/.test(text.slice(q.from, q.to)) && /^[\u4e00-\u9fff]/.test(text.slice(q.boundTo)) && others.some((r) => r.from >= q.boundTo && r.from < clause.to && r.unitFamily === 'count' && r.unit !== '')) return 'skip';
  // Note: a distance or a time joined to a rate names the rate (公交站点500米覆盖率实现100%, 15分钟…覆盖率): the rate is the figure.
  if ((q.unitFamily === 'length' || q.unitFamily === 'duration') && q.comparator === null && /^[\u4e00-\u9fff]{0,4}(?:覆盖率|率|比例)/.test(text.slice(q.to))) {
    if (others.some((r) => r.from >= q.to && r.from < clause.to && r.unitFamily === 'percent')) return 'skip';
  }
  if (/以[^，,。；;为]*$/.test(before) && BASE_AFTER.test(after)) return 'indicator';
  return null;
}
