import type { Change, MinutesDraft } from '../../shared/schemas';

export const DOC_ID = '01890000-0000-7000-8000-000000000001';
export const DOC_ID_2 = '01890000-0000-7000-8000-000000000002';

export function draft(over: Partial<MinutesDraft> = {}): MinutesDraft {
  return {
    isMinutes: true,
    lang: 'zh',
    title: '区政府常务会议纪要',
    docNumber: '第3期',
    issuer: '区政府办公室',
    meetingDate: '2024-05-26',
    presider: '张三',
    attendees: ['李四'],
    views: [],
    requirements: [],
    decisions: [{ text: '由区发改委牵头制定方案', assignees: ['区发改委'], due: '6月底前', dueDate: '2024-06-30' }],
    recipients: [
      { name: '区财政局', role: 'copy' },
      { name: '区 教育局', role: 'send' },
    ],
    confidence: 0.9,
    fields: {},
    warnings: [],
    text: '',
    ...over,
  };
}

export function unitChange(seq: number, id: string, name: string, aliases: string[] = []): Change {
  return { seq, entity: 'unit', data: { id, name, aliases } };
}

export function documentChange(seq: number, id: string, title: string, version = 1): Change {
  return {
    seq,
    entity: 'document',
    data: {
      id,
      contentHash: 'hash-' + version.toString().padStart(8, '0'),
      version,
      url: 'https://oa.example/doc',
      title,
      meetingDate: '2024-05-26',
      draft: draft({ title }),
      ownerUnitId: 'u-office',
      createdBy: 'user-9',
      updatedAt: '2024-05-27T10:00:00.000Z',
    },
  };
}

export function circulationChange(seq: number, id: string, documentId: string, unitId: string): Change {
  return {
    seq,
    entity: 'circulation',
    data: { id, documentId, unitId, kind: 'read', createdBy: 'user-9', createdAt: '2024-05-27T10:00:00.000Z' },
  };
}
