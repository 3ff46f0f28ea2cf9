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
    int i, j;
    char *temp;

    *return_size = 0;
    for (i = 0; i < lst_size; ++i) {
        if (strlen(lst[i]) % 2 == 0) {
            lst[*return_size] = lst[i];
            (*return_size)++;
        }
    }

    for (i = 0; i < *return_size - 1; ++i) {
        for (j = 0; j < *return_size - i - 1; ++j) {
            size_t len_j = strlen(lst[j]);
            size_t len_j1 = strlen(lst[j + 1]);
            if (len_j > len_j1 || (len_j == len_j1 && strcmp(lst[j], lst[j + 1]) > 0)) {
                temp = lst[j];
                lst[j] = lst[j + 1];
                lst[j + 1] = temp;
            }
        }
    }

    char **out = malloc(*return_size * sizeof(char *));
    for (i = 0; i < *return_size; ++i) {
        out[i] = lst[i];
    }

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
    }
    {
        char *a0[] = {"school", "AI", "asdf", "b"};
        int n = -1;
        char **r = sorted_list_sum(a0, 4, &n);
        assert(n == 3);
        assert(strcmp(r[0], "AI") == 0);
        assert(strcmp(r[1], "asdf") == 0);
        assert(strcmp(r[2], "school") == 0);
    }
    {
        char *a0[] = {"d", "b", "c", "a"};
        int n = -1;
        char **r = sorted_list_sum(a0, 4, &n);
        assert(n == 0);
    }
    {
        char *a0[] = {"d", "dcba", "abcd", "a"};
        int n = -1;
        char **r = sorted_list_sum(a0, 4, &n);
        assert(n == 2);
        assert(strcmp(r[0], "abcd") == 0);
        assert(strcmp(r[1], "dcba") == 0);
    }
    {
        char *a0[] = {"AI", "ai", "au"};
        int n = -1;
        char **r = sorted_list_sum(a0, 3, &n);
        assert(n == 3);
        assert(strcmp(r[0], "AI") == 0);
        assert(strcmp(r[1], "ai") == 0);
        assert(strcmp(r[2], "au") == 0);
    }
    {
        char *a0[] = {"a", "b", "b", "c", "c", "a"};
        int n = -1;
        char **r = sorted_list_sum(a0, 6, &n);
        assert(n == 0);
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
    }
    {
        char *a0[] = {"ab", "a", "aaa", "cd"};
        int n = -1;
        char **r = sorted_list_sum(a0, 4, &n);
        assert(n == 2);
        assert(strcmp(r[0], "ab") == 0);
        assert(strcmp(r[1], "cd") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sorted_list_sum.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
