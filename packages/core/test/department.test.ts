import { describe, expect, it } from 'vitest';
import { departmentKey, sameDepartment } from '../src/index.js';

describe('departmentKey: one key for the ways a department prints its name', () => {
  it('drops the printed code and the qualifiers', () => {
    expect(departmentKey('157上海市松江区医疗保障局（部门）')).toBe('松江区医疗保障局');
    expect(departmentKey('上海市普陀区商务委员会(汇总)')).toBe('普陀区商务委员会');
    expect(departmentKey('上海市普陀区财政局（本级）')).toBe('普陀区财政局');
    expect(departmentKey('上海市普陀区人民政府万里街道办事处（本部）')).toBe('普陀区万里街道办事处');
  });

  it('keeps the lowest level of the region: 上海市普陀区… and 普陀区… are one department', () => {
    expect(departmentKey('上海市普陀区财政局')).toBe(departmentKey('普陀区财政局'));
    expect(departmentKey('上海市浦东新区财政局')).toBe('浦东新区财政局');
    expect(departmentKey('上 海 市 普 陀 区 财 政 局')).toBe('普陀区财政局');
  });

  it('never makes the municipal department a district’s', () => {
    expect(departmentKey('上海市财政局')).toBe('上海市财政局');
    expect(departmentKey('上海市财政局')).not.toBe(departmentKey('上海市普陀区财政局'));
    expect(departmentKey('上海市普陀区财政局')).not.toBe(departmentKey('上海市徐汇区财政局'));
  });

  it('reads 与 and 和 as one word, 人民政府 as 政府', () => {
    expect(departmentKey('上海市普陀区规划与自然资源局')).toBe(departmentKey('普陀区规划和自然资源局'));
    expect(departmentKey('上海市普陀区人民政府办公室')).toBe(departmentKey('普陀区政府办公室'));
    expect(departmentKey('上海市普陀区人民政府万里街道办事处')).toBe(departmentKey('上海市普陀区万里街道办事处'));
  });

  it('leaves words that only look like a region alone', () => {
    // 社区 is not a district (one character before 区); 市容 is no municipality.
    expect(departmentKey('上海市社区服务中心')).toBe('上海市社区服务中心');
    expect(departmentKey('上海市绿化和市容管理局')).toBe('上海市绿化和市容管理局');
  });

  it('normalises look-alike characters and full-width brackets', () => {
    // ⽀ is the Kangxi radical U+2F40 a PDF's text layer may carry for 支.
    expect(departmentKey('上海市普陀区⽀援合作办公室（部门）')).toBe('普陀区支援合作办公室');
  });
});

describe('sameDepartment', () => {
  it('meets a name printed without region with the region’s department', () => {
    expect(sameDepartment('财政局', '上海市普陀区财政局')).toBe(true);
    expect(sameDepartment('上海市普陀区财政局', '普陀区财政局（部门）')).toBe(true);
  });

  it('keeps different regions and different departments apart', () => {
    expect(sameDepartment('上海市财政局', '上海市普陀区财政局')).toBe(false);
    expect(sameDepartment('上海市普陀区财政局', '上海市普陀区商务委员会')).toBe(false);
    expect(sameDepartment('', '上海市普陀区财政局')).toBe(false);
  });
});
