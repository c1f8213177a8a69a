// The Angular snippet of docs/frameworks.md (news.component.ts) in an app, and what the types refuse: Angular
// checks no property binding on a custom element (CUSTOM_ELEMENTS_SCHEMA), so the refusal is on
// the element itself, typed through HTMLElementTagNameMap like `$event` through HTMLElementEventMap.
import { Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, viewChild } from '@angular/core';
import { NewsComponent } from './news.component';

@Component({
  selector: 'app-root',
  imports: [NewsComponent],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <app-news />
    <news-list #list src="/api/news" (news-page-change)="pageChange($event.detail.page)"></news-list>
  `,
})
export class AppComponent {
  readonly list = viewChild.required<ElementRef<HTMLElementTagNameMap['news-list']>>('list');
  pageChange(page: number) {
    console.log(page.toFixed(0));
    // @ts-expect-error: layout is 'list', 'cards' or 'compact'
    this.list().nativeElement.layout = 'grid';
  }
}
