import type { ReflectionQuestionId } from './plan';

export interface ReflectionQuestion {
  id: ReflectionQuestionId;
  question: string;
}

/** What a team asks itself once a sequence is done, in our own words, in the order asked. */
export const REFLECTION_QUESTIONS: readonly ReflectionQuestion[] = [
  { id: 'whole-plan', question: 'Is this the whole plan, or its first phase?' },
  { id: 'length', question: 'How long will it really take?' },
  {
    id: 'planning-cycle',
    question: "How will it join the school's improvement planning cycle?",
  },
  { id: 'momentum', question: 'How will we keep up momentum?' },
  { id: 'obstacles', question: 'What could get in the way, and how will we get round it?' },
  { id: 'support', question: 'Who will support it, and who may resist?' },
  { id: 'communication', question: 'What must students, parents and governors be told?' },
  {
    id: 'roles',
    question:
      'What does it mean for senior leaders, phase and subject leaders, classroom teaching, support staff and students?',
  },
];

export const REFLECTION_QUESTION_IDS = REFLECTION_QUESTIONS.map((q) => q.id);
