import { describe, expect, it } from 'vitest';
import { compareNames } from './compare-text.ts';

describe(compareNames, () => {
  const names = [
    'Volodymyr Zelensky', 'Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Mevlüt Çavuşoğlu', 'Mevlut Cavusoglu',
    'Hakan Fidan', 'de Mistura', 'Dmytro Kuleba', 'Łukasz Jasina', 'Lindsey Graham', 'Øystein Bø', 'Oleg Ustenko',
    'Türkiye', 'Turkey', 'Ukraine', 'United States', 'NATO', 'Naftali Bennett', 'European Union', 'émile', 'Zoë', 'zoe',
  ];

  it('orders names as an English collator does, accents and case aside', () => {
    const byCollator = [...names].sort(new Intl.Collator('en').compare);
    expect([...names].sort(compareNames)).toEqual(byCollator);
  });

  it('puts an accented initial among its plain letter, not after Z', () => {
    const sorted = ['Zelensky', 'Çavuşoğlu', 'Bennett', 'Łukasz'].sort(compareNames);
    expect(sorted).toEqual(['Bennett', 'Çavuşoğlu', 'Łukasz', 'Zelensky']);
  });
});
