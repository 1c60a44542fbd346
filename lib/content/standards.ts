// The standards a teacher guide may name, with their published wording, so a guide can only cite a code that
// exists and every page shows the same text. CCSS: Common Core State Standards for Literacy in History/Social
// Studies, grades 9–10. C3: the College, Career, and Civic Life Framework for Social Studies State Standards,
// dimension 2, history, by the end of grade 12.
export const STANDARDS = {
  "CCSS.ELA-LITERACY.RH.9-10.1": {
    short: "RH.9-10.1",
    text: "Cite specific textual evidence to support analysis of primary and secondary sources, attending to such features as the date and origin of the information.",
  },
  "CCSS.ELA-LITERACY.RH.9-10.2": {
    short: "RH.9-10.2",
    text: "Determine the central ideas or information of a primary or secondary source; provide an accurate summary of how key events or ideas develop over the course of the text.",
  },
  "CCSS.ELA-LITERACY.RH.9-10.6": {
    short: "RH.9-10.6",
    text: "Compare the point of view of two or more authors for how they treat the same or similar topics, including which details they include and emphasize in their respective accounts.",
  },
  "CCSS.ELA-LITERACY.RH.9-10.9": {
    short: "RH.9-10.9",
    text: "Compare and contrast treatments of the same topic in several primary and secondary sources.",
  },
  "C3.D2.His.1.9-12": {
    short: "D2.His.1.9-12",
    text: "Evaluate how historical events and developments were shaped by unique circumstances of time and place as well as broader historical contexts.",
  },
  "C3.D2.His.4.9-12": {
    short: "D2.His.4.9-12",
    text: "Analyze complex and interacting factors that influenced the perspectives of people during different historical eras.",
  },
  "C3.D2.His.10.9-12": {
    short: "D2.His.10.9-12",
    text: "Detect possible limitations in various kinds of historical evidence and differing secondary interpretations.",
  },
  "C3.D2.His.16.9-12": {
    short: "D2.His.16.9-12",
    text: "Integrate evidence from multiple relevant historical sources and interpretations into a reasoned argument about the past.",
  },
} as const satisfies Record<string, { short: string; text: string }>;

export type StandardCode = keyof typeof STANDARDS;
export const STANDARD_CODES = Object.keys(STANDARDS) as [StandardCode, ...StandardCode[]];

export type Standard = { code: StandardCode; short: string; text: string };

export function standardsOf(codes: readonly StandardCode[]): Standard[] {
  return codes.map((code) => ({ code, ...STANDARDS[code] }));
}
