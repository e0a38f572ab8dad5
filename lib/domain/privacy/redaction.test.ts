import { describe, expect, it } from "vitest";
import { REDACTED, redactText } from "./redaction";

describe("redactText: phone numbers, emails and ID numbers", () => {
  it.each([
    // mobiles
    ["我的电话13812345678请回电", "我的电话***请回电"],
    ["手机：138-1234-5678。", "手机：***。"],
    ["手机 138 1234 5678 谢谢", "手机 *** 谢谢"],
    ["Call +86 138 1234 5678 after six", "Call *** after six"],
    ["Call +8613912345678.", "Call ***."],
    ["Call 0086-19912345678.", "Call ***."],
    ["two: 13800000000, 15912345678", "two: ***, ***"],
    // landlines
    ["座机010-12345678转人工", "座机***转人工"],
    ["座机0755-1234567", "座机***"],
    ["座机(010)87654321", "座机***"],
    ["座机（0571）88889999", "座机***"],
    ["phone (0755) 2345678 office", "phone *** office"],
    ["Tel 021 62345678", "Tel ***"],
    ["Tel 02162345678", "Tel ***"],
    // emails
    ["邮箱zhang.san+case@example.com.cn，谢谢", "邮箱***，谢谢"],
    ["Write to Li.Wei@city-gov.example.org.", "Write to ***."],
    // resident IDs
    ["身份证号110101199003071234，", "身份证号***，"],
    ["ID 11010119900307123X and 11010119900307123x", "ID *** and ***"],
    ["旧身份证110101900307123", "旧身份证***"],
  ])("%s", (text, expected) => {
    expect(redactText(text)).toBe(expected);
  });
});

describe("redactText leaves ordinary numbers alone", () => {
  it.each([
    "2026年3月10日的路灯问题",
    "补贴3000元，共计12000元",
    "案件编号 2026-000123-K 已办结",
    "Case 2026-012345-X was answered on 2026-03-10 at 14:00.",
    "拨打12345热线或110报警",
    "面积138平方米，楼高25层",
    "account 123456789012345678901", // too long to be an ID
    "order 12345678901", // 11 digits but not a mobile (starts 12)
    "invoice 110101199013071234", // month 13: not a birth date
    "version 1.38.1234.5678",
  ])("%s", (text) => {
    expect(redactText(text)).toBe(text);
  });
});

describe("redactText: names the citizen gave", () => {
  it.each<[string, string[], string]>([
    ["张三反映小区停车难，张三的邻居也有同感", ["张三"], "***反映小区停车难，***的邻居也有同感"],
    ["Reported by JOHN SMITH and john smith", ["John Smith"], "Reported by *** and ***"],
    ["Zhang Wei and Mr Zhang", ["Zhang", "Zhang Wei"], "*** and Mr ***"], // longest first
    ["王 and 王小明", ["王", "王小明"], "王 and ***"], // single characters are skipped
    ["a+b (c) wrote", ["a+b (c)"], "*** wrote"], // regex characters are literal
    ["  李四  called", ["  李四  "], "  ***  called"], // given names are trimmed
    ["nothing here", [], "nothing here"],
  ])("%s with %j", (text, names, expected) => {
    expect(redactText(text, { names })).toBe(expected);
  });

  it("redacts everything together, each match once", () => {
    const text = "市民刘洋（电话139 8765 4321，邮箱liuyang@qq.com，身份证440301198512250012）反映噪音问题。";
    expect(redactText(text, { names: ["刘洋", "liuyang"] })).toBe(
      `市民${REDACTED}（电话${REDACTED}，邮箱${REDACTED}，身份证${REDACTED}）反映噪音问题。`,
    );
  });
});

describe("redactText: however a number is written", () => {
  it.each([
    ["电话１３８１２３４５６７８，谢谢", "电话***，谢谢"], // full-width digits; the full-width comma stays
    ["call 138.1234.5678 today", "call *** today"],
    ["邮箱ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ。", "邮箱***。"],
    ["version 2.138.1234.5678", "version 2.138.1234.5678"],
  ])("%s", (text, expected) => {
    expect(redactText(text)).toBe(expected);
  });
});

describe("redactText: every contact field the citizen gave", () => {
  const contact = {
    name: "Chen Xiaoming",
    phone: "+86 139-0000-1111",
    email: "xiaoming.chen@mail.example",
    address: "12 Riverside Road, Flat 4B",
    idNumber: "440301198512250012",
  };

  it.each([
    ["I am Chen Xiaoming, or just Xiaoming", "I am ***, or just ***"],
    ["reach me on 139 0000 1111 or 13900001111", "reach me on *** or ***"],
    ["my handle is xiaoming.chen on the forum", "my handle is *** on the forum"],
    ["the leak is outside 12 Riverside Road near the bus stop", "the leak is outside *** near the bus stop"],
    ["at 12 Riverside Road, Flat 4B", "at ***"],
    ["Mr CHEN called twice", "Mr *** called twice"], // a part of the name, in any case
    ["Riverside is a nice area", "Riverside is a nice area"],
  ])("%s", (text, expected) => {
    expect(redactText(text, { contact })).toBe(expected);
  });

  it("finds a Chinese address by its house number and a Chinese given name", () => {
    const chinese = { name: "王小明", address: "江滨区人民路88号3单元502室" };
    expect(redactText("我住在江滨区人民路88号，小明家门口的路灯坏了", { contact: chinese })).toBe(
      "我住在***，***家门口的路灯坏了",
    );
    expect(redactText("王小明：江滨区人民路88号3单元502室", { contact: chinese })).toBe("***：***");
  });

  it("redacts a canary in every field at once and keeps the rest as typed", () => {
    const canary = {
      name: "Zq Canaryname",
      phone: "13711112222",
      email: "canary.person@example.org",
      address: "77 Canary Lane",
    };
    const text = "Zq Canaryname (13711112222, canary.person@example.org) lives at 77 Canary Lane.";
    const redacted = redactText(text, { contact: canary });
    for (const value of ["Canaryname", "13711112222", "canary.person", "77 Canary Lane"])
      expect(redacted).not.toContain(value);
    expect(redacted).toBe("*** (***, ***) lives at ***.");
  });
});
