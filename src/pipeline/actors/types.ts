// The shape of one gazetteer entry: the actor as the bundle shows it, plus the
// spellings that name it in running text.
import type { Actor } from '../../schema/bundle.ts';

export type ActorInfo = Omit<Actor, 'aliases'>;

/** A description that names whoever held a post at the time ("the U.S. President"). */
export interface RolePhrase {
  phrase: string;
  /** Inclusive YYYY-MM-DD bounds of the term; open when absent. */
  from?: string;
  to?: string;
}

export interface GazetteerEntry {
  actor: ActorInfo;
  /** Spellings that always name the actor, case-sensitive, without titles. */
  names: string[];
  /** Surnames that name a less famous person only after a full name earlier in the same article. */
  surnames: string[];
  roles: RolePhrase[];
}
