/**
 * The findings, one block per flag found: its severity, its rule in plain words, the CNIL texts it
 * rests on (links), and the cookies that carry it (a long list streams in: chunked.ts).
 */
import type { CookieFinding } from '../../core/consent/audit-findings';
import { AUDIT_FLAG_ORDER, AUDIT_RULES } from '../../core/consent/audit-rules';
import { ExternalLink } from '../../popup/components/ExternalLink';
import { t } from '../../popup/i18n';
import { useChunkedCount } from '../chunked';
import { ruleMessageKey, SEVERITY_KEYS } from '../format';

const TONES = { violation: 'bad', 'to-check': 'warn', recommendation: 'info' } as const;

export function Findings({ findings }: { findings: readonly CookieFinding[] }) {
  const flagged = AUDIT_FLAG_ORDER.map((flag) => ({ flag, cookies: findings.filter((f) => f.flags.includes(flag)) })).filter((g) => g.cookies.length);
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">{t('auditFindings')}</h2>
      {flagged.length === 0 ? <p class="sub">{t('auditNoFindings')}</p> : null}
      {flagged.map(({ flag, cookies }) => {
        const rule = AUDIT_RULES[flag];
        return (
          <article key={flag} class={`finding tone-${TONES[rule.severity]}`} data-finding={flag} data-severity={rule.severity}>
            <h3>
              <span class="severity">{t(SEVERITY_KEYS[rule.severity])}</span> <code>{flag}</code> ({cookies.length})
            </h3>
            <p class="rule">{t(ruleMessageKey(rule.ruleKey))}</p>
            <ul class="sources">
              {rule.sources.map((s) => (
                <li key={s.url}>
                  <ExternalLink href={s.url}>{s.label}</ExternalLink>
                </li>
              ))}
            </ul>
            <FindingCookies cookies={cookies} />
          </article>
        );
      })}
    </section>
  );
}

function FindingCookies({ cookies }: { cookies: readonly CookieFinding[] }) {
  const count = useChunkedCount(cookies.length);
  return (
    <p class="cookies" aria-busy={count < cookies.length ? 'true' : undefined}>
      {cookies.slice(0, count).map((c, i) => (
        <span key={`${c.name}|${c.domain}|${c.path}`}>
          {i ? ', ' : ''}
          <code>{c.name}</code> <span class="sub">{c.domain}</span>
        </span>
      ))}
    </p>
  );
}
