'use client';

import { ChoiceGroup, TextArea, TextInput } from './form';

export interface QuestionView {
  id: string;
  kind: 'TEXT' | 'LONG_TEXT' | 'CHOICE' | 'MULTIPLE_CHOICE' | 'BOOLEAN' | 'NUMBER' | 'URL';
  label: string;
  helpText: string;
  required: boolean;
  options: string[];
  /** e.g. "Asked for Workshop proposals only." */
  limitNote?: string;
}

type Stored = string | number | boolean | string[] | undefined;

/** The stored answer as form values. */
function asValues(value: Stored): string[] {
  if (value === undefined) return [];
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  if (Array.isArray(value)) return value;
  return [String(value)];
}

/** One custom question, rendered by its kind; its input is named "answers.<id>", errors come back under that name. */
export function QuestionField({ question, value }: { question: QuestionView; value: Stored }) {
  const name = `answers.${question.id}`;
  const hint = [question.helpText, question.limitNote].filter(Boolean).join(' ') || undefined;
  const common = { name, label: question.label, hint, required: question.required };
  const values = asValues(value);
  switch (question.kind) {
    case 'TEXT':
      return <TextInput {...common} initial={values[0] ?? ''} />;
    case 'LONG_TEXT':
      return <TextArea {...common} initial={values[0] ?? ''} rows={4} />;
    case 'NUMBER':
      return <TextInput {...common} initial={values[0] ?? ''} inputMode="decimal" />;
    case 'URL':
      return <TextInput {...common} type="url" inputMode="url" initial={values[0] ?? ''} />;
    case 'CHOICE':
      return <ChoiceGroup {...common} initial={values} options={question.options.map((o) => ({ value: o, label: o }))} />;
    case 'MULTIPLE_CHOICE':
      return <ChoiceGroup {...common} multiple initial={values} options={question.options.map((o) => ({ value: o, label: o }))} />;
    case 'BOOLEAN':
      return (
        <ChoiceGroup
          {...common}
          initial={values}
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
        />
      );
  }
}
