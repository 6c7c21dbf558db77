// Vue 3 app of the shared layout, from a template: {{ }} parts, the desk's area code in its own element,
// and issue 19's hydration case `Hotline: {{ }} <small>(24/7)</small> · SLA 4h`.
import { shallowRef } from 'vue';

export const template = '<main id="app"><h1>Contacts</h1>'
  + '<p id="desk">Desk: <span>({{ s.desk.a }})</span> {{ s.desk.b }}-{{ s.desk.c }} room 1204</p>'
  + '<p id="intl">Intl: {{ s.intl[0] }} {{ s.intl[1] }} {{ s.intl[2] }} {{ s.intl[3] }}</p>'
  + '<p id="hotline">Hotline: {{ s.hotline }} <small>(24/7)</small> · SLA 4h</p>'
  + '<ul><li v-for="c in s.contacts" :key="c.id">{{ c.name }}: {{ c.phone }}</li></ul></main>';

export function component(state, onMounted) {
  const s = shallowRef(state);
  return {
    state: s,
    options: { template, setup: () => ({ s }), mounted: onMounted },
  };
}
