//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it (copies of the chosen list) are allocated with malloc; the caller frees them.
The number of elements of the result is stored in *out_len.
//@@ signature
char **total_match(char **arr1, int n1, char **arr2, int n2, int *out_len) {
//@@ solution
  int i, sum1 = 0, sum2 = 0;

  for(i=0; i<n1; i++){
    sum1 += strlen(arr1[i]);
  }

  for(i=0; i<n2; i++){
    sum2 += strlen(arr2[i]);
  }

  char **src = sum1 <= sum2 ? arr1 : arr2;
  int n = sum1 <= sum2 ? n1 : n2;
  char **out = malloc((n > 0 ? n : 1) * sizeof(char *));
  for(i=0; i<n; i++){
    out[i] = strdup(src[i]);
  }
  *out_len = n;
  return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *a0[] = {NULL};
        char *a1[] = {NULL};
        int n = -1;
        char **r = total_match(a0, 0, a1, 0, &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hi", "hi"};
        int n = -1;
        char **r = total_match(a0, 2, a1, 2, &n);
        assert(n == 2);
        assert(strcmp(r[0], "hi") == 0);
        assert(strcmp(r[1], "hi") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hi", "hi", "admin", "project"};
        int n = -1;
        char **r = total_match(a0, 2, a1, 4, &n);
        assert(n == 2);
        assert(strcmp(r[0], "hi") == 0);
        assert(strcmp(r[1], "admin") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"4"};
        char *a1[] = {"1", "2", "3", "4", "5"};
        int n = -1;
        char **r = total_match(a0, 1, a1, 5, &n);
        assert(n == 1);
        assert(strcmp(r[0], "4") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hI", "Hi"};
        int n = -1;
        char **r = total_match(a0, 2, a1, 2, &n);
        assert(n == 2);
        assert(strcmp(r[0], "hI") == 0);
        assert(strcmp(r[1], "Hi") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hI", "hi", "hi"};
        int n = -1;
        char **r = total_match(a0, 2, a1, 3, &n);
        assert(n == 3);
        assert(strcmp(r[0], "hI") == 0);
        assert(strcmp(r[1], "hi") == 0);
        assert(strcmp(r[2], "hi") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hI", "hi", "hii"};
        int n = -1;
        char **r = total_match(a0, 2, a1, 3, &n);
        assert(n == 2);
        assert(strcmp(r[0], "hi") == 0);
        assert(strcmp(r[1], "admin") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {NULL};
        char *a1[] = {"this"};
        int n = -1;
        char **r = total_match(a0, 0, a1, 1, &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"this"};
        char *a1[] = {NULL};
        int n = -1;
        char **r = total_match(a0, 1, a1, 0, &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *a0[] = {NULL};
        char *a1[] = {NULL};
        int n = -1;
        char **r = total_match(a0, 0, a1, 0, &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hi", "hi", "admin", "project"};
        int n = -1;
        char **r = total_match(a0, 2, a1, 4, &n);
        assert(n == 2);
        assert(strcmp(r[0], "hi") == 0);
        assert(strcmp(r[1], "admin") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"4"};
        char *a1[] = {"1", "2", "3", "4", "5"};
        int n = -1;
        char **r = total_match(a0, 1, a1, 5, &n);
        assert(n == 1);
        assert(strcmp(r[0], "4") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hI", "Hi"};
        int n = -1;
        char **r = total_match(a0, 2, a1, 2, &n);
        assert(n == 2);
        assert(strcmp(r[0], "hI") == 0);
        assert(strcmp(r[1], "Hi") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hI", "hi", "hi"};
        int n = -1;
        char **r = total_match(a0, 2, a1, 3, &n);
        assert(n == 3);
        assert(strcmp(r[0], "hI") == 0);
        assert(strcmp(r[1], "hi") == 0);
        assert(strcmp(r[2], "hi") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed total_match.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): out_len added; returns copies (LLM4Decompile returned one of the input arrays, so the caller could not tell its length or whether to free it).
