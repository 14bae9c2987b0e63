package org.villageregistry.report;

/**
 * One page of a report's preview, kept as a PNG picture: a page at the preview's resolution is about 0.9 million
 * pixels, 3.6 MB as pixels but some 100 KB as PNG (a report page is mostly white), so a preview of many pages
 * keeps little memory. The screen turns a page into pixels only while it is in view (docs/decisions/0025).
 *
 * @param number the page's number, from 1
 * @param width  in pixels
 * @param height in pixels
 * @param png    the page as a PNG file
 */
public record PreviewPage(int number, int width, int height, byte[] png) {
}
