import 'news-elements/define';
import type { Article } from 'news-elements';
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';

@Component({
  selector: 'app-news',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <p>{{ opened() }}</p>
    <news-list src="/api/news" [pageSize]="10" layout="cards" (news-article-select)="open($event.detail.article)"></news-list>
  `,
})
export class NewsComponent {
  readonly opened = signal('');
  open(article: Article) {
    this.opened.set(article.title);
  }
}
