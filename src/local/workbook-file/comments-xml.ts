/**
 * Cell notes as xlsx comments: `xl/commentsN.xml` holds the text, and a VML drawing holds
 * the hidden note boxes, which Excel needs to show a comment at all.
 */
import type { SheetModel } from '../emulator/model';
import { cellA1 } from './a1';
import { escapeText } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export function commentsXml(notes: SheetModel['notes']): string {
  const comments = notes.map(({ row, column, note }) => {
    const text = escapeText(note);
    const space = /^\s|\s$|\n/.test(note) ? ' xml:space="preserve"' : '';
    return `<comment ref="${cellA1(row, column)}" authorId="0"><text><r><t${space}>${text}</t></r></text></comment>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<comments xmlns="${MAIN_NS}"><authors><author>Sheets Pipeline</author></authors>`,
    `<commentList>${comments.join('')}</commentList></comments>`,
  ].join('');
}

/** `shapeBase` keeps shape ids unique across the workbook's drawings (Excel numbers them by 1024 per drawing). */
export function notesVml(notes: SheetModel['notes'], drawingIndex: number): string {
  const shapes = notes.map(({ row, column }, index) => {
    const id = drawingIndex * 1024 + index + 1;
    // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset (0-based).
    const anchor = [column, 15, Math.max(0, row - 2), 10, column + 2, 15, row + 2, 4].join(', ');
    return [
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${index + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">`,
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>',
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>',
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>`,
      `<x:Row>${row - 1}</x:Row><x:Column>${column - 1}</x:Column></x:ClientData></v:shape>`,
    ].join('');
  });
  return [
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${drawingIndex}"/></o:shapelayout>`,
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">',
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
    shapes.join(''),
    '</xml>',
  ].join('');
}
