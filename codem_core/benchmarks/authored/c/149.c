//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
The number of elements of the result is stored in *return_size.
//@@ signature
char** sorted_list_sum(char **lst, int lst_size, int *return_size) {
//@@ solution
    int i, j, n = 0;
    char *temp;
    char **out = malloc((lst_size > 0 ? lst_size : 1) * sizeof(char *));

    for (i = 0; i < lst_size; ++i) {
        if (strlen(lst[i]) % 2 == 0) {
            out[n++] = lst[i];
        }
    }

    for (i = 0; i < n - 1; ++i) {
        for (j = 0; j < n - i - 1; ++j) {
            size_t len_j = strlen(out[j]);
            size_t len_j1 = strlen(out[j + 1]);
            if (len_j > len_j1 || (len_j == len_j1 && strcmp(out[j], out[j + 1]) > 0)) {
                temp = out[j];
                out[j] = out[j + 1];
                out[j + 1] = temp;
            }
        }
    }

    for (i = 0; i < n; ++i) {
        out[i] = strdup(out[i]);
    }
    *return_size = n;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *a0[] = {"aa", "a", "aaa"};
        int n = -1;
        char **r = sorted_list_sum(a0, 3, &n);
        assert(n == 1);
        assert(strcmp(r[0], "aa") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"school", "AI", "asdf", "b"};
        int n = -1;
        char **r = sorted_list_sum(a0, 4, &n);
        assert(n == 3);
        assert(strcmp(r[0], "AI") == 0);
        assert(strcmp(r[1], "asdf") == 0);
        assert(strcmp(r[2], "school") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"d", "b", "c", "a"};
        int n = -1;
        char **r = sorted_list_sum(a0, 4, &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"d", "dcba", "abcd", "a"};
        int n = -1;
        char **r = sorted_list_sum(a0, 4, &n);
        assert(n == 2);
        assert(strcmp(r[0], "abcd") == 0);
        assert(strcmp(r[1], "dcba") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"AI", "ai", "au"};
        int n = -1;
        char **r = sorted_list_sum(a0, 3, &n);
        assert(n == 3);
        assert(strcmp(r[0], "AI") == 0);
        assert(strcmp(r[1], "ai") == 0);
        assert(strcmp(r[2], "au") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"a", "b", "b", "c", "c", "a"};
        int n = -1;
        char **r = sorted_list_sum(a0, 6, &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"aaaa", "bbbb", "dd", "cc"};
        int n = -1;
        char **r = sorted_list_sum(a0, 4, &n);
        assert(n == 4);
        assert(strcmp(r[0], "cc") == 0);
        assert(strcmp(r[1], "dd") == 0);
        assert(strcmp(r[2], "aaaa") == 0);
        assert(strcmp(r[3], "bbbb") == 0);
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
        char *a0[] = {"aa", "a", "aaa"};
        int n = -1;
        char **r = sorted_list_sum(a0, 3, &n);
        assert(n == 1);
        assert(strcmp(r[0], "aa") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"ab", "a", "aaa", "cd"};
        int n = -1;
        char **r = sorted_list_sum(a0, 4, &n);
        assert(n == 2);
        assert(strcmp(r[0], "ab") == 0);
        assert(strcmp(r[1], "cd") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sorted_list_sum.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): strings malloc'd as the prompt says and the input left unchanged (LLM4Decompile reordered the caller's array and returned its strings).
